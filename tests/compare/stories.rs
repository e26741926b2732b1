//! Made-up pairs of reports of three invented stories, with hand labels of which sentences
//! report the same thing (left index, right index).

/// A wire report of a dock strike.
pub const STRIKE_A: [&str; 12] = [
    "Dock workers at Kestrel Bay walked off the job on Tuesday, halting cargo traffic at the country's second-largest port.",
    "The strike was called by the Harbour Workers Union after talks over pay collapsed late on Monday.",
    "Union leader Marta Okonjo said 4,000 members had joined the stoppage.",
    "Transport Minister Felix Arnaud urged both sides to return to the negotiating table.",
    "Okonjo has led the union since 2019.",
    "About 60 container ships were waiting offshore by Tuesday evening, according to the port authority.",
    "The port handles roughly a third of the country's grain exports.",
    "Arnaud said the government would not intervene for now.",
    "Okonjo told reporters that the union was prepared to strike for two weeks.",
    "Shares in the port operator Bayline fell 6 percent in early trading.",
    "The last major stoppage at the port, in 2016, lasted nine days.",
    "Farmers' groups warned that grain could rot in silos if the dispute drags on.",
];

/// Another outlet's version: reworded, one pair of sentences swapped, the 2016 background moved
/// to the top, some sentences of its own.
pub const STRIKE_B: [&str; 12] = [
    "Cargo traffic at Kestrel Bay ground to a halt on Tuesday as dock workers went on strike.",
    "The port's last big strike, in 2016, went on for nine days.",
    "Some 4,000 union members have joined the walkout, union leader Marta Okonjo said.",
    "The Harbour Workers Union called the strike after pay talks broke down on Monday night.",
    "Okonjo, a former crane operator, is known for her combative style.",
    "Arnaud called on the union and the port operator to resume negotiations.",
    "Port authority figures showed around 60 container ships waiting off the coast on Tuesday evening.",
    "The government will stay out of the dispute for the time being, Transport Minister Felix Arnaud said.",
    "Okonjo said the union could stay out for two weeks.",
    "Exporters fear long delays.",
    "Kestrel Bay is also a hub for car imports from Asia.",
    "Bayline shares dropped 6 percent.",
];

/// Hand labels: (left, right) that report the same thing.
pub const STRIKE_PAIRS: [(usize, usize); 9] = [
    (0, 0),
    (1, 3),
    (2, 2),
    (3, 5),
    (5, 6),
    (7, 7),
    (8, 8),
    (9, 11),
    (10, 1),
];

/// A regional paper on a wildfire.
pub const FIRE_C: [&str; 8] = [
    "A wildfire has burned more than 12,000 hectares in the hills above Serrano Valley since Saturday, fire officials said.",
    "Governor Lucia Ferrante declared a state of emergency on Sunday and asked for federal help.",
    "About 3,500 residents were evacuated from the towns of Aldea and Monteverde.",
    "Ferrante visited a shelter in Aldea and praised the volunteers.",
    "Strong winds and temperatures near 40 degrees have hampered firefighters.",
    "Investigators suspect the blaze was started by a power line.",
    "Ferrante said she would meet utility executives next week.",
    "The region suffered its worst fire season on record in 2021.",
];

/// The same story machine-translated from another language: literal, reordered.
pub const FIRE_D: [&str; 7] = [
    "Since Saturday the fire has destroyed over 12,000 hectares in the hills of the Serrano Valley, according to the fire brigade.",
    "Some 3,500 inhabitants of Aldea and Monteverde had to leave their homes.",
    "The governor, Lucia Ferrante, proclaimed the state of emergency on Sunday and requested aid from the federal government.",
    "Ferrante spent Sunday night at the crisis centre in the capital.",
    "Winds of up to 70 km/h and heat close to 40 degrees complicate the work of the firefighters.",
    "Ferrante stated that she will meet the executives of the electricity company next week.",
    "Local media reported that two firefighters were injured.",
];

pub const FIRE_PAIRS: [(usize, usize); 5] = [(0, 0), (1, 2), (2, 1), (4, 4), (6, 5)];

/// A business desk on a food recall.
pub const RECALL_E: [&str; 7] = [
    "Grainfield Foods recalled 80,000 jars of peanut butter on Thursday after salmonella was found at its Dunmore plant.",
    "The company said no illnesses had been reported so far.",
    "Chief executive Rohan Mehta apologised to customers in a video statement.",
    "The affected jars carry best-before dates between June and August 2025.",
    "Grainfield's shares closed 3 percent lower.",
    "Mehta said the Dunmore plant would stay closed until inspectors cleared it.",
    "The recall is the firm's second in three years.",
];

/// A consumer site on the same recall.
pub const RECALL_F: [&str; 6] = [
    "Around 80,000 jars of Grainfield peanut butter are being pulled from shelves because of possible salmonella contamination.",
    "Jars with best-before dates from June to August 2025 are affected.",
    "So far nobody has fallen ill, according to the company.",
    "Customers can return the jars to any store for a full refund.",
    "Mehta, the chief executive, said in a video that he was sorry.",
    "The plant in Dunmore will remain shut until inspectors give the all-clear, Mehta said.",
];

pub const RECALL_PAIRS: [(usize, usize); 5] = [(0, 0), (1, 2), (2, 4), (3, 1), (5, 5)];

/// One labelled pair of reports.
pub struct Story {
    pub left: &'static [&'static str],
    pub right: &'static [&'static str],
    pub pairs: &'static [(usize, usize)],
    /// The labelled pairs expected off the in-order chain: a moved sentence, the weaker of a
    /// swapped couple.
    pub crossing: &'static [(usize, usize)],
}

pub const STORIES: [Story; 3] = [
    Story {
        left: &STRIKE_A,
        right: &STRIKE_B,
        pairs: &STRIKE_PAIRS,
        crossing: &[(1, 3), (10, 1)],
    },
    Story {
        left: &FIRE_C,
        right: &FIRE_D,
        pairs: &FIRE_PAIRS,
        crossing: &[(1, 2)],
    },
    Story {
        left: &RECALL_E,
        right: &RECALL_F,
        pairs: &RECALL_PAIRS,
        crossing: &[(3, 1)],
    },
];
