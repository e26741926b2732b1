//! The bundled seed corpus, compiled in so `parallax` shows real coverage from any directory.

/// The seed manifest: publication facts for each file (their text stays as found).
pub const MANIFEST: &str = include_str!("../../assets/seeds.json");

/// The five seed articles, byte for byte.
pub const FILES: &[(&str, &[u8])] = &[
    (
        "000_fc2525b00c8d14c7.txt",
        include_bytes!("../../seeds/000_fc2525b00c8d14c7.txt"),
    ),
    (
        "001_2cbdeb04ab9505fa.txt",
        include_bytes!("../../seeds/001_2cbdeb04ab9505fa.txt"),
    ),
    (
        "002_b326717bc6cac3f5.txt",
        include_bytes!("../../seeds/002_b326717bc6cac3f5.txt"),
    ),
    (
        "003_a3dd53996d295934.txt",
        include_bytes!("../../seeds/003_a3dd53996d295934.txt"),
    ),
    (
        "004_77a85d0d6a0f7ddd.txt",
        include_bytes!("../../seeds/004_77a85d0d6a0f7ddd.txt"),
    ),
];
