//! Direct quotes and their speakers. (Placeholder.)
