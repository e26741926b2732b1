//! Every output format in one place: the CLI's JSON documents ([`json`]), its readable text
//! ([`text`]), and the Markdown and CSV sheets that `parallax export` and the interface's `e`
//! write ([`sheet`]), and the CSL-JSON and TimelineJS documents citation managers and timeline
//! tools import ([`cite`]). Built from the story's parts; imports neither front end, and both use it.

pub mod cite;
pub mod json;
pub mod sheet;
pub mod text;
