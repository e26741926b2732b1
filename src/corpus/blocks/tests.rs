//! Paragraph classification on made-up pages (never the seed text).

use super::*;

fn kinds(body: &str) -> Vec<(Block, String)> {
    let l = layout(body);
    l.paragraphs
        .iter()
        .map(|p| (p.kind, l.text[p.span.start()..p.span.end()].to_string()))
        .collect()
}

#[test]
fn blank_lines_separate_paragraphs_and_wrapped_lines_join() {
    let k = kinds("The mayor opened the bridge on\nFriday morning.\n\n\nShe cut a ribbon.\n");
    assert_eq!(k.len(), 2);
    assert_eq!(k[0].1, "The mayor opened the bridge on Friday morning.");
    assert!(k.iter().all(|(b, _)| *b == Block::Story));
}

#[test]
fn long_lines_without_blank_lines_are_paragraphs_each() {
    let long = "The council voted to close the old library after a long debate that ran well into the night on Thursday.";
    let body = format!("{long}\n{long} Again.\n{long} Third.");
    assert_eq!(kinds(&body).len(), 3);
}

#[test]
fn credits_and_slugs_are_captions() {
    let k = kinds(
        "Workers stand at the gate. Photo by Ana Ruiz/Agencia Norte\n\n\
         FILE PHOTO - A ship leaves the port in Rotterdam, Netherlands. JOHN DOE/Harbor/AFP via Getty Images\n\n\
         Dockers walked out on Monday, the union said.\n\n\
         The strike leader speaks to reporters. (Harbor Press/Jan Smit/Pool via REUTERS)",
    );
    let got: Vec<Block> = k.iter().map(|(b, _)| *b).collect();
    assert_eq!(
        got,
        [Block::Caption, Block::Caption, Block::Story, Block::Caption]
    );
}

#[test]
fn present_tense_description_with_full_date_is_a_caption() {
    let k = kinds(
        "The union said talks would resume.\n\n\
         Union leader Maria Lopez addresses workers at the port in Valencia, Spain, June 3, 2024.\n\n\
         The ministry issued new rules on June 3, 2024 after the vote.",
    );
    assert_eq!(k[1].0, Block::Caption);
    assert_eq!(
        k[2].0,
        Block::Story,
        "past tense story sentence with a date"
    );
}

#[test]
fn repeated_caption_without_credit_is_a_caption_too() {
    let k = kinds(
        "Talks began.\n\nThe minister waves to crowds in Lyon.\n\n\
         The minister waves to crowds in Lyon. (Photo/Pierre Blanc via REUTERS)\n\nTalks ended late.",
    );
    assert_eq!(k[1].0, Block::Caption);
    assert_eq!(k[2].0, Block::Caption);
    assert_eq!(k[3].0, Block::Story);
}

#[test]
fn inline_advertisement_is_cut_out_and_marked() {
    let k = kinds("The vote passed narrowly. Advertisement\n\nA second paragraph follows here.");
    assert_eq!(k[0], (Block::Story, "The vote passed narrowly.".into()));
    assert_eq!(k[1], (Block::Boilerplate, "Advertisement".into()));
    assert_eq!(k[2].0, Block::Story);
    // A word inside a sentence is left alone.
    let k = kinds("The advertisement campaign ran for weeks.");
    assert_eq!(k.len(), 1);
}

#[test]
fn copyright_and_teasers_are_boilerplate() {
    let k = kinds(
        "Headline about the port strike\n\nDockers struck on Monday.\n\nThey want higher pay.\n\n\
         Ships waited offshore.\n\nRead more\n\nAnother story about trains\n\n\u{a9} 2024 Harbor Daily. All rights reserved.",
    );
    let got: Vec<Block> = k.iter().map(|(b, _)| *b).collect();
    assert_eq!(
        got,
        [
            Block::Heading,
            Block::Story,
            Block::Story,
            Block::Story,
            Block::Boilerplate,
            Block::Boilerplate,
            Block::Boilerplate
        ]
    );
    assert_eq!(
        layout("Headline about the port strike\n\nBody.")
            .headline
            .as_deref(),
        Some("Headline about the port strike")
    );
}

#[test]
fn subheadings_and_markdown_headings() {
    let k = kinds(
        "The talks ended.\n\nWhat happens next?\n\n## Reaction\n\nCritics were unhappy, she said.",
    );
    let got: Vec<Block> = k.iter().map(|(b, _)| *b).collect();
    assert_eq!(
        got,
        [Block::Story, Block::Heading, Block::Heading, Block::Story]
    );
    assert_eq!(k[2].1, "Reaction");
}

#[test]
fn offsets_point_into_text() {
    let l = layout("One.\n\nTwo \u{e9}.\n\nThree.");
    for p in &l.paragraphs {
        assert!(l.text.is_char_boundary(p.span.start()) && l.text.is_char_boundary(p.span.end()));
    }
    assert_eq!(
        &l.text[l.paragraphs[1].span.start()..l.paragraphs[1].span.end()],
        "Two \u{e9}."
    );
}
