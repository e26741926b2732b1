//! Loading (in progress).
use super::Corpus;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}")]
    Nothing(String),
}

pub fn load(_path: &std::path::Path) -> Result<Corpus, LoadError> {
    Err(LoadError::Nothing("todo".into()))
}

pub fn load_seeds() -> Corpus {
    Corpus::default()
}
