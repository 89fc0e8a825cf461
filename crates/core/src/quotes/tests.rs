//! Behaviour of quote finding and attribution on small texts of our own; the real sample is
//! covered by `tests/golden`.

/// Each claim of `text` as "speaker: words", and each mention as "mention: words".
fn attributed(text: &str) -> Vec<String> {
    let analysis = crate::analyze(text);
    let name = |i: Option<usize>| i.and_then(|i| analysis.speakers.get(i)).map_or("?", |s| s.name.as_str());
    let show = |q: &super::Quote| match q.kind {
        super::QuoteKind::Claim => format!("{}: {}", name(q.speaker), q.span.slice(text)),
        super::QuoteKind::Mention => format!("mention: {}", q.span.slice(text)),
    };
    analysis.quotes.iter().map(show).collect()
}

struct Case {
    name: &'static str,
    input: &'static str,
    expect: &'static [&'static str],
}

const CUE_POSITIONS: &[Case] = &[
    Case {
        name: "after",
        input: "\"We will win this,\" Maria Lopez said.",
        expect: &["Maria Lopez: We will win this,"],
    },
    Case {
        name: "inverted",
        input: "\"We will win this,\" said Maria Lopez.",
        expect: &["Maria Lopez: We will win this,"],
    },
    Case {
        name: "before, partial",
        input: "The ministry said the plan \"will not survive the winter.\"",
        expect: &["ministry: will not survive the winter."],
    },
    Case {
        name: "interrupted",
        input: "\"We tried,\" Tom Reed told reporters. \"It did not work out for us.\"",
        expect: &["Tom Reed: We tried,", "Tom Reed: It did not work out for us."],
    },
    Case {
        name: "according to",
        input: "According to Ana Ruiz, the deal \"is a terrible mistake.\"",
        expect: &["Ana Ruiz: is a terrible mistake."],
    },
    Case {
        name: "the outlet that reports the sentence is the source",
        input: "According to the Daily Planet, Tom Reed said the plan was \"a total failure.\"",
        expect: &["Daily Planet: a total failure."],
    },
    Case {
        name: "colon",
        input: "Ana Ruiz: \"Nobody asked us about any of it.\"",
        expect: &["Ana Ruiz: Nobody asked us about any of it."],
    },
    Case {
        name: "a long-tail cue makes a short quote a claim",
        input: "Tom Reed likened the plan to a \"sinking ship.\"",
        expect: &["Tom Reed: sinking ship."],
    },
    Case {
        name: "a possessive makes a cue form a noun",
        input: "Ana Ruiz said Tom Reed's tweet was \"a cheap shot at all of us.\"",
        expect: &["Ana Ruiz: a cheap shot at all of us."],
    },
    Case {
        name: "transcript tags inside the quotes",
        input: "Host Ana Ruiz spoke with Senator Tom Reed.\n\n\"RUIZ: Will you run again next year?\n\n\"REED: I have not decided yet.\n\n\"BREAKING: a tag that names no one.\"",
        expect: &[
            "Ana Ruiz: RUIZ: Will you run again next year?",
            "Tom Reed: REED: I have not decided yet.",
            "Tom Reed: BREAKING: a tag that names no one.",
        ],
    },
    Case {
        name: "in a statement",
        input: "\"It is over,\" the company said in a statement.",
        expect: &["company: It is over,"],
    },
    Case {
        name: "a participle after someone shown speaks for them",
        input: "The ad shows footage of Ana Ruiz asking, \"Why are we not far ahead of them?\"",
        expect: &["Ana Ruiz: Why are we not far ahead of them?"],
    },
    Case {
        name: "'with' someone and a participle",
        input: "The vote sparked a debate, with Senator Tom Reed telling reporters \"this is a disgrace to the house.\"",
        expect: &["Tom Reed: this is a disgrace to the house."],
    },
    Case {
        name: "a subordinate clause after a quote is no attribution",
        input: "Footage shows Tom Reed saying, \"That makes me smart,\" when Ana Ruiz blasted him.",
        expect: &["Tom Reed: That makes me smart,"],
    },
    Case {
        name: "a cue before an earlier quote of the sentence",
        input: "Ana Ruiz tells the \"Morning Show\" on Friday that \"nobody knows who did it\" yet.",
        expect: &["mention: Morning Show", "Ana Ruiz: nobody knows who did it"],
    },
    Case {
        name: "a reporting verb holds the clause the quote is in",
        input: "Tom Reed said he is certain Ana Ruiz will continue to be \"a champion for the whole state.\"",
        expect: &["Tom Reed: a champion for the whole state."],
    },
    Case {
        name: "a cue and a comma right before the quote introduce it",
        input: "When Ana Ruiz noted that he paid no tax, Tom Reed boasted, \"That makes me smart.\"",
        expect: &["Tom Reed: That makes me smart."],
    },
    Case {
        name: "a colon ending the paragraph before",
        input: "On Monday, Ana Ruiz made the following comment:\n\n\"For young people the rate is far higher than anyone admits.\"",
        expect: &["Ana Ruiz: For young people the rate is far higher than anyone admits."],
    },
    Case {
        name: "a cue before the colon of the paragraph before",
        input: "The Herald printed the claim, and the Daily Planet responded:\n\n\"The claim is false and the Herald knows it.\"",
        expect: &["Daily Planet: The claim is false and the Herald knows it."],
    },
    Case {
        name: "a colon after a nominal speaks for the subject",
        input: "Ana Ruiz released the following statement: \"We grieve with the families tonight.\"",
        expect: &["Ana Ruiz: We grieve with the families tonight."],
    },
    Case {
        name: "an inverted noun-like cue",
        input: "\"We took notes on her life and her work,\" reads the statement.",
        expect: &["statement: We took notes on her life and her work,"],
    },
    Case {
        name: "after 'and' the clause's own subject",
        input: "There were sharper moments, such as when Tom Reed knocked Ana Ruiz on trade and called her a \"moderate at best.\"",
        expect: &["Tom Reed: moderate at best."],
    },
    Case {
        name: "a signature line under the quote",
        input: "The week in quotes.\n\n\"She never quits, and that is why she should win.\"\n\n- Ana Ruiz, writing after the speech.",
        expect: &["Ana Ruiz: She never quits, and that is why she should win."],
    },
    Case {
        name: "a cue in a relative clause after the quote",
        input: "\"The agents are under a lot of pressure,\" an official, who was not authorized to speak on the record, told reporters.",
        expect: &["official: The agents are under a lot of pressure,"],
    },
    Case {
        name: "a participle after 'X said,'",
        input: "\"Start talking about the issues,\" Ana Ruiz said, suggesting a few questions, including, \"Do you really think tax breaks help workers?\"",
        expect: &[
            "Ana Ruiz: Start talking about the issues,",
            "Ana Ruiz: Do you really think tax breaks help workers?",
        ],
    },
    Case {
        name: "a full name before an aside is the subject",
        input: "Mayor Ana Ruiz (D), Tom Reed's opponent in the race, called for the videos, saying that openness \"breaks down barriers.\"",
        expect: &["Ana Ruiz: breaks down barriers."],
    },
    Case {
        name: "a subordinate clause closed by a comma before the cue",
        input: "\"Many would call that an embarrassment\" if she lost the state, said Tom Reed, an analyst.",
        expect: &["Tom Reed: Many would call that an embarrassment"],
    },
    Case {
        name: "a nominal and a noun-like verb after the quote",
        input: "\"The chairman tied these statements to the firing of the staff,\" the suit reads.",
        expect: &["suit: The chairman tied these statements to the firing of the staff,"],
    },
    Case {
        name: "a name's possessive before a noun for something said",
        input: "In Tom Reed's view, the plan would be \"a disaster for the whole region.\"",
        expect: &["Tom Reed: a disaster for the whole region."],
    },
    Case {
        name: "a participle after an earlier cue",
        input: "Ana Ruiz and Tom Reed will meet next week, Maria Lopez said, adding, \"They need to sit down and talk.\"",
        expect: &["Maria Lopez: They need to sit down and talk."],
    },
    Case {
        name: "a verb that takes a participle",
        input: "Ana Ruiz testified on Monday, and Senator Tom Reed kept asking her \"why the department blamed the protests.\"",
        expect: &["Tom Reed: why the department blamed the protests."],
    },
    Case {
        name: "a quantifier after an inverted cue",
        input: "\"Better watch out for the count in that state,\" tweeted another.",
        expect: &["another: Better watch out for the count in that state,"],
    },
    Case {
        name: "part of a group after an inverted cue",
        input: "\"There won't be a path for him to succeed,\" said one of those advisers.",
        expect: &["one of those advisers: There won't be a path for him to succeed,"],
    },
    Case {
        name: "an outlet reporting the sentence, far after the quote",
        input: "Fans also chanted, \"Build a wall,\" referring to the candidate's vow, the Daily Planet reports.",
        expect: &["Daily Planet: Build a wall,"],
    },
    Case {
        name: "a sentence opened by 'Amid'",
        input: "Amid calls for a boycott, Tom Reed offered a defence of the list, saying it is needed to \"remember their names.\"",
        expect: &["Tom Reed: remember their names."],
    },
    Case {
        name: "an inverted outlet reporting the sentence",
        input: "Abortion rights are \"central\" to the party's platform for the first time, reported the Daily Planet.",
        expect: &["Daily Planet: central"],
    },
    Case {
        name: "a listener before a colon is no speaker",
        input: "Tom Reed later told Fox News: \"Both of them are meeting up next week to talk.\"",
        expect: &["Tom Reed: Both of them are meeting up next week to talk."],
    },
    Case {
        name: "a possessive claim inside a prepositional phrase",
        input: "The Daily Planet ran a check on Tom Reed's claim that there were \"thousands of cases\" this year.",
        expect: &["Tom Reed: thousands of cases"],
    },
    Case {
        name: "'reported' before a noun reports nothing",
        input: "\"You bet I would,\" Tom Reed said when asked about the number of reported cases.",
        expect: &["Tom Reed: You bet I would,"],
    },
    Case {
        name: "inverted, a role with a date before the name",
        input: "\"They are wrong,\" said 9/11 widow Ana Ruiz.",
        expect: &["Ana Ruiz: They are wrong,"],
    },
    Case {
        name: "an aside after a party and state",
        input: "Sen. Tom Reed (D-Ohio), noting the size of the crowd, said, \"We have a heck of a list.\"",
        expect: &["Tom Reed: We have a heck of a list."],
    },
    Case {
        name: "a source after \"per\" right after the quote, not after a cue",
        input: "Proxies are banned when voting \"to fill a vacancy,\" per the party's bylaws. Ana Ruiz \
                said, per a translator, that the server was \"like an open door.\"",
        expect: &["party's bylaws: to fill a vacancy,", "Ana Ruiz: like an open door."],
    },
    Case {
        name: "inverted before the quote, the name ending at its comma",
        input: "Because of how the schedule was drawn, explained Ana Ruiz, \"this thing is over by March.\"",
        expect: &["Ana Ruiz: this thing is over by March."],
    },
    Case {
        name: "after the quote, an adverb before the cue is not part of the name",
        input: "Tom Reed wrote to Ana Ruiz first. \"Why now, of all times?\" Ruiz then writes back.",
        expect: &["Ana Ruiz: Why now, of all times?"],
    },
    Case {
        name: "\"per\" after the comma that follows the quote",
        input: "Proxies are banned when voting \u{201c}to fill a vacancy\u{201d}, per the party's bylaws.",
        expect: &["party's bylaws: to fill a vacancy"],
    },
];

const SPEAKERS: &[Case] = &[
    Case {
        name: "an aside between dashes",
        input: "Ana Ruiz — Yale-trained surgeon and TV host — said the pills were \"magic beans, nothing more.\"",
        expect: &["Ana Ruiz: magic beans, nothing more."],
    },
    Case {
        name: "the subject of a passive cue is spoken about, not the speaker",
        input: "Tom Reed has been called \"a menace to the whole republic\" for years.",
        expect: &["?: a menace to the whole republic"],
    },
    Case {
        name: "a quantifier speaks for a group",
        input: "Supporters waved their signs. Several said \"we will be back next year.\"",
        expect: &["Several: we will be back next year."],
    },
    Case {
        name: "a possessive opens the speaker's phrase",
        input: "Ana Ruiz's campaign said the idea was \"ludicrous and unworkable.\"",
        expect: &["Ana Ruiz's campaign: ludicrous and unworkable."],
    },
    Case {
        name: "a possessive opens the subject",
        input: "Tom Reed's defense counsel asked for three years, calling his hacking \"an addiction of sorts.\"",
        expect: &["Tom Reed's defense counsel: an addiction of sorts."],
    },
    Case {
        name: "a reflexive aside is no subject",
        input: "Ana Ruiz, herself a Reed supporter during the primary, drew boos upon saying, \"Reed heard the people.\"",
        expect: &["Ana Ruiz: Reed heard the people."],
    },
    Case {
        name: "an office's 'of' is part of the office",
        input: "\"We are done here,\" said Director of National Intelligence Tom Reed.",
        expect: &["Tom Reed: We are done here,"],
    },
    Case {
        name: "a time phrase ending in 'ago' between speaker and cue",
        input: "The Health Ministry less than two weeks ago said that \"no records were ever kept.\"",
        expect: &["Health Ministry: no records were ever kept."],
    },
    Case {
        name: "a prepositional phrase between speaker and cue",
        input: "The party's nominee for the November election later said that the vote was \"rigged from the start.\"",
        expect: &["party's nominee: rigged from the start."],
    },
    Case {
        name: "a noun that can be a cue after an article",
        input: "The email goes on to say \"we have to be ready to stop him.\"",
        expect: &["email: we have to be ready to stop him."],
    },
    Case {
        name: "an article before a role and a person's name",
        input: "\"We are done with this,\" said the writer Tom Reed.",
        expect: &["Tom Reed: We are done with this,"],
    },
    Case {
        name: "a dotted title",
        input: "\"This is a waste of time,\" said Del. Ana Ruiz of the Virgin Islands.",
        expect: &["Ana Ruiz: This is a waste of time,"],
    },
    Case {
        name: "several modifiers before a role",
        input: "According to conservative talk radio host Tom Reed, the move \"reeks of fear and desperation.\"",
        expect: &["Tom Reed: reeks of fear and desperation."],
    },
    Case {
        name: "a verb and a preposition are no modifiers",
        input: "Tom Reed, a former party chairman, poked at Ana Ruiz's sniffing during the debate, tweeting, \"Notice Ruiz sniffing all the time.\"",
        expect: &["Tom Reed: Notice Ruiz sniffing all the time."],
    },
    Case {
        name: "a transcript tag names someone named nowhere else",
        input: "The interview, in full.\n\n\"WALLACE: Will you run again next year?\"\n\n\"REED: I have not decided yet.\"",
        expect: &["Wallace: WALLACE: Will you run again next year?", "Reed: REED: I have not decided yet."],
    },
    Case {
        name: "a subject opened by glue (\"Former\")",
        input: "Former Secretary of State Ana Ruiz clashed with Tom Reed during the hearing, chiding him, \"What difference does it make now?\"",
        expect: &["Ana Ruiz: What difference does it make now?"],
    },
    Case {
        name: "surname resolves to the first full mention",
        input: "Health Minister Ana Ruiz spoke first.\n\n\"We are ready,\" Ruiz said.",
        expect: &["Ana Ruiz: We are ready,"],
    },
    Case {
        name: "title resolves to the described speaker",
        input: "\"No,\" said Senator Tom Reed.\n\n\"Never,\" the senator said.",
        expect: &["Tom Reed: No,", "Tom Reed: Never,"],
    },
    Case {
        name: "pronoun resolves to the last person named",
        input: "Ana Ruiz left early. \"I was tired of the whole thing,\" she said.",
        expect: &["Ana Ruiz: I was tired of the whole thing,"],
    },
    Case {
        name: "a group speaks",
        input: "\"It is safe,\" officials said.",
        expect: &["officials: It is safe,"],
    },
    Case {
        name: "sentence before",
        input: "Ruiz says she got a call at night. \"They told me to leave the house at once.\"",
        expect: &["Ruiz: They told me to leave the house at once."],
    },
    Case {
        name: "a passive cue's agent",
        input: "\"We will win this thing\" was tweeted by Tom Reed on Monday.",
        expect: &["Tom Reed: We will win this thing"],
    },
    Case {
        name: "a possessor inside the object of a preposition",
        input: "A memo on the Reed campaign's website states that leave is paid only if \"approved by \
                the state,\" language that bars many parents.",
        expect: &["memo: approved by the state,"],
    },
    Case {
        name: "a role serving a name is not the name; a modal between speaker and cue",
        input: "Tom Reed spoke first. The timing was so odd that a spokesman for Tom Reed could only \
                quip: \"I guess the hall was booked.\"",
        expect: &["spokesman for Tom Reed: I guess the hall was booked."],
    },
    Case {
        name: "a name's possessive and a noun for something said around the quote",
        input: "Tom Reed spoke at length. Ana Ruiz's \"forty percent\" comment was nearly as dismissive.",
        expect: &["Ana Ruiz: forty percent"],
    },
    Case {
        name: "a pronoun after a quote is not someone named inside it",
        input: "Ana Ruiz waited at the rally.\n\n\"Here comes Big Daddy,\" she said.",
        expect: &["Ana Ruiz: Here comes Big Daddy,"],
    },
    Case {
        name: "a place is no person a pronoun refers to",
        input: "Tom Reed flew home to South Carolina.\n\n\"It was a good day for us,\" he said.",
        expect: &["Tom Reed: It was a good day for us,"],
    },
    Case {
        name: "a role from a place keeps the place; an office before a name is the person's",
        input: "\"We will fight this,\" said the senator from Vermont. The former secretary of state \
                Ana Ruiz said the plan was \"a disaster for everyone.\"",
        expect: &["senator from Vermont: We will fight this,", "Ana Ruiz: a disaster for everyone."],
    },
];

const SUBJECTS: &[Case] = &[
    Case {
        name: "'More from' before a colon opens no name",
        input: "Ana Ruiz spoke for an hour.\n\nMore from Ruiz: \"We will never give up on this town.\"",
        expect: &["Ana Ruiz: We will never give up on this town."],
    },
    Case {
        name: "an opening participle clause is no subject",
        input: "Casting himself as the underdog, Tom Reed roused the crowd to chants of \"We want Reed!\"",
        expect: &["Tom Reed: We want Reed!"],
    },
    Case {
        name: "a cue after \"and\" shares the sentence's subject",
        input: "Tom Reed took the stage in Dayton and called the plan \"a disaster for every family.\"",
        expect: &["Tom Reed: a disaster for every family."],
    },
    Case {
        name: "a participle speaks for the clause's subject, not an opening place",
        input: "Speaking in Dayton, Ohio, Ana Ruiz went after the plan, calling it \"a disaster.\"",
        expect: &["Ana Ruiz: a disaster."],
    },
    Case {
        name: "the subject stands before an earlier quote in the sentence",
        input: "Ana Ruiz spoke at a \"Town Hall for Everyone\" run by Big Radio and said the plan \"cannot work.\"",
        expect: &["mention: Town Hall for Everyone", "Ana Ruiz: cannot work."],
    },
    Case {
        name: "the object of a preposition is no speaker",
        input: "Fans marching through the streets of Dayton chanted \"We want more!\"",
        expect: &["Fans: We want more!"],
    },
    Case {
        name: "a quote opening its sentence is the previous sentence's subject's, over quoted titles",
        input: "Sunday shows\n\n\"We are done,\" Tom Reed said on \"Morning Radio.\"\n\nOn \"Evening News,\" Sen. Ana Ruiz \
                (D-Ohio), who lost the race, named fatigue as one reason. \"People are sick and tired of it.\"",
        expect: &[
            "Tom Reed: We are done,",
            "mention: Morning Radio.",
            "mention: Evening News,",
            "Ana Ruiz: People are sick and tired of it.",
        ],
    },
    Case {
        name: "a run-in heading is no subject, and a name's advice is the name's",
        input: "Radio doctors\n\nHEARINGS FOLLOWED — Dr. Tom Reed’s dubious advice earned him a hearing in \
                the Senate for saying that tea was a \"miracle cure for every illness.\"",
        expect: &["Tom Reed: miracle cure for every illness."],
    },
    Case {
        name: "a name in -ly opening a sentence is its subject, not an adverb",
        input: "Sen. Mark Kelly spoke on Monday.\n\nKelly, who faces re-election next year, has been calling \
                the plan \"a disaster for the whole state.\"",
        expect: &["Mark Kelly: a disaster for the whole state."],
    },
    Case {
        name: "a pronoun that refers to no one is not the subject of the sentence before",
        input: "Statehouse\n\nThe Ohio Senate passed the bill on Monday. \"It is a disgrace to us all,\" he said.",
        expect: &["?: It is a disgrace to us all,"],
    },
    Case {
        name: "a one-word quote between a possessive and a noun stays a term",
        input: "Statehouse\n\nAna Ruiz's \"official\" statement came late on Monday.",
        expect: &["mention: official"],
    },
    Case {
        name: "\"the spokesman\" refers back to a spokesman for someone; \"a spokeswoman\" is new",
        input: "Tom Reed left early. A spokesman for Tom Reed said \"we are done here.\" The spokesman \
                added \"there is nothing more to say.\" Ana Ruiz, a spokeswoman for the mayor, spoke \
                next. A spokeswoman told reporters the plan was \"a total failure for us.\"",
        expect: &[
            "spokesman for Tom Reed: we are done here.",
            "spokesman for Tom Reed: there is nothing more to say.",
            "spokeswoman: a total failure for us.",
        ],
    },
    Case {
        name: "who quotes someone only relays",
        input: "Ana Ruiz spoke first. \"We will not back down,\" Ruiz was quoted by the Daily Planet as saying.",
        expect: &["Ana Ruiz: We will not back down,"],
    },
    Case {
        name: "an ordinal in a role after the quote",
        input: "\"We will win this thing,\" first lady Ana Ruiz said.",
        expect: &["Ana Ruiz: We will win this thing,"],
    },
    Case {
        name: "a past form after a name is its verb, and a dateline with a date is no subject",
        input: "Rally\n\nDAYTON, Ohio, Dec. 8 (AP) — In reply to the plan, Ana Ruiz rallied supporters, \
                saying: \"We have to be ready to stop it.\"",
        expect: &["Ana Ruiz: We have to be ready to stop it."],
    },
    Case {
        name: "a document speaks with the agent that filed it, whose name holds \"and\"",
        input: "According to a civil complaint filed by the Parks and Gardens Commission, the mayor ran \
                \"a massive eight-year scheme.\"",
        expect: &["civil complaint filed by the Parks and Gardens Commission: a massive eight-year scheme."],
    },
    Case {
        name: "a share of a group speaks as that share",
        input: "Poll\n\nOnly 52 percent of registered voters agreed that Ana Ruiz is \"fit to serve.\" About \
                four in 10 Ohio primary voters say that Tom Reed \"shares my values.\"",
        expect: &[
            "52 percent of registered voters: fit to serve.",
            "four in 10 Ohio primary voters: shares my values.",
        ],
    },
    Case {
        name: "\"and\" after a verb's object opens a new clause, and a share may be written with %",
        input: "Poll\n\nTom Reed spoke in Dayton and Ana Ruiz said it was \"a fluke.\" Later, 31% of Democrats \
                said they were \"extremely enthusiastic.\"",
        expect: &["Ana Ruiz: a fluke.", "31% of Democrats: extremely enthusiastic."],
    },
    Case {
        name: "a noun phrase ends at a verb, and its capitalised modifiers must fit the one it refers to",
        input: "Race\n\nTom Reed, the Democratic nominee, spoke first. The Republican nominee also outlined \
                his plan and vowed to punish \"those who break the rules.\" In Dayton the senator told \
                voters it was \"a total failure.\"",
        expect: &["Republican nominee: those who break the rules.", "senator: a total failure."],
    },
    Case {
        name: "a name after a day is no object of the day's preposition",
        input: "In an interview on Sunday Ana Ruiz called the plan \"a total failure for all.\"",
        expect: &["Ana Ruiz: a total failure for all."],
    },
    Case {
        name: "the object of an opening preposition is no subject; adverbs may stand before a shown participle",
        input: "Rally\n\nAt the Ohio convention in Dayton his aides pushed for \"a new deal for all the workers.\" \
                Tom Reed spoke next. At a rally in Dayton, Ohio, on Saturday, fans cheered, with Reed \
                reportedly yelling: \"Get him out of here!\"",
        expect: &["aides: a new deal for all the workers.", "Tom Reed: Get him out of here!"],
    },
    Case {
        name: "a possessive pronoun names its owner, and a state is no person a pronoun refers to",
        input: "Campaign\n\nSen. Tom Reed left early. His spokesman said the plan was \"a total failure.\" \
                \"We will fight on,\" his campaign said. Reed spoke about the Islamic State. \"We will \
                win,\" he said.",
        expect: &[
            "Tom Reed's spokesman: a total failure.",
            "Tom Reed's campaign: We will fight on,",
            "Tom Reed: We will win,",
        ],
    },
    Case {
        name: "a nickname inside a name bounds no window, and a title after a modifier opens a name",
        input: "Rally\n\n\"This is a big year for us!\" Ana Ruiz's niece, state Del. Marcia \"Cia\" Price \
                (D-Ohio), shouted to the crowd.",
        expect: &["Marcia Cia Price: This is a big year for us!", "mention: Cia"],
    },
    Case {
        name: "a reporting verb's clause ends at a comma and \"but\"; \"went on about\" is a cue",
        input: "Rally\n\nAna Ruiz said little, but Tom was drifting off as Reed went on about \"how the \
                system is rigged\" for an hour.",
        expect: &["Reed: how the system is rigged"],
    },
    Case {
        name: "a dash signature closing a paragraph signs each part of the comment in it",
        input: "Readers\n\n\"He is not progressive for anyone at all. To quote a friend, 'Some people \
                are so poor.'\" And that's all he has \"the root of all evil.\" ― Ana Ruiz.",
        expect: &[
            "Ana Ruiz: He is not progressive for anyone at all. To quote a friend, 'Some people are so poor.'",
            "Ana Ruiz: the root of all evil.",
        ],
    },
    Case {
        name: "after an opening prepositional phrase with no comma, \"his aides\" are the subject",
        input: "Convention\n\nSen. Tom Reed arrived late. At the convention in Dayton his aides forced a \
                change, stripping out a call for \"providing lethal defensive weapons\" from the platform.",
        expect: &["Tom Reed's aides: providing lethal defensive weapons"],
    },
    Case {
        name: "a quote in a written rule's relative clause is the rule's wording",
        input: "Ethics\n\nThe complaint is based on Ohio conduct standards that bar lawyers from taking cases \
                if they \"participated personally and substantially as a public officer.\"",
        expect: &["Ohio conduct standards: participated personally and substantially as a public officer."],
    },
    Case {
        name: "review: acronyms are no datelines, elected officials no verb, an official no document",
        input: "Race\n\nNATO — long a target of the mayor — warned of \"a very dangerous moment for us.\" \
                \"We will not support him,\" said Republican elected officials in Ohio. \"This was a \
                brazen fraud,\" said the official appointed by the mayor. Four in 10 Ohio voters say the \
                plan is \"not fit to serve anyone.\"",
        expect: &[
            "NATO: a very dangerous moment for us.",
            "Republican elected officials: We will not support him,",
            "official appointed: This was a brazen fraud,",
            "Four in 10 Ohio voters: not fit to serve anyone.",
        ],
    },
    Case {
        name: "review: an owner of unknown gender is no guess, and a rule's clause needs a rule verb",
        input: "Tour\n\nAna Ruiz spoke Tuesday. On Wednesday, Gov. Tom Reed and Sen. Zorbu Okafor toured a \
                factory. Her office said the visit was \"a huge success for working families.\"\n\nPaul Ryan \
                worried that the law which Democrats passed was becoming \"a hammock for able-bodied people.\"",
        expect: &[
            "office: a huge success for working families.",
            "Paul Ryan: a hammock for able-bodied people.",
        ],
    },
    Case {
        name: "a month's abbreviation ends no sentence",
        input: "Ana Ruiz, speaking on Dec. 8 in Dayton, called the plan \"a total failure for us.\"",
        expect: &["Ana Ruiz: a total failure for us."],
    },
];

const CONTINUATION: &[Case] = &[
    Case {
        name: "next paragraph",
        input: "\"We tried,\" Tom Reed said.\n\n\"Then we tried again and again.\"",
        expect: &["Tom Reed: We tried,", "Tom Reed: Then we tried again and again."],
    },
    Case {
        name: "multi-paragraph quote",
        input: "\"The first part of a long speech.\n\n\"And the second part of it,\" said Tom Reed.",
        expect: &["Tom Reed: The first part of a long speech.", "Tom Reed: And the second part of it,"],
    },
    Case {
        name: "a sentence in Title Case after the speaker's quote",
        input: "\"Here comes the boss,\" Ana Ruiz said, waving. \"The Boss. Our Boss.\"",
        expect: &["Ana Ruiz: Here comes the boss,", "Ana Ruiz: The Boss. Our Boss."],
    },
];

const MENTIONS: &[Case] = &[
    Case {
        name: "scare quote",
        input: "The so-called \"peace plan\" failed.",
        expect: &["mention: peace plan"],
    },
    Case {
        name: "single marks where speech takes double ones",
        input: "\"It works,\" Ana Ruiz said of the 'open door' policy, which critics say 'cannot last' long.",
        expect: &["Ana Ruiz: It works,", "mention: open door", "mention: cannot last"],
    },
    Case {
        name: "single marks are speech where no double ones are",
        input: "'We will win this race,' Ana Ruiz said.",
        expect: &["Ana Ruiz: We will win this race,"],
    },
    Case { name: "nickname", input: "Bob \"the Builder\" Smith arrived.", expect: &["mention: the Builder"] },
    Case {
        name: "a title under a speaker's cue is the speaker's words",
        input: "In her speech, Ana Ruiz proclaimed a goal of \"Steady Hands Forward.\"",
        expect: &["Ana Ruiz: Steady Hands Forward."],
    },
    Case {
        name: "a Title Case quote that hands over to its speaker's cue",
        input: "Turnout doubled. \"Growing Party,\" Ana Ruiz wrote on Sunday.",
        expect: &["Ana Ruiz: Growing Party,"],
    },
    Case {
        name: "the show a speaker told or spoke on stays a title",
        input: "Ana Ruiz told \"Morning Report\" she would run. Tom Reed said it on the \"Sunday Roundtable.\"",
        expect: &["mention: Morning Report", "mention: Sunday Roundtable."],
    },
    Case {
        name: "a noun right after a quote is what the quote modifies, not a cue",
        input: "Ana Ruiz had no proof. The \"late fee\" reference was about an old bill.",
        expect: &["mention: late fee"],
    },
    Case {
        name: "words someone says after 'the words'",
        input: "Ana Ruiz said the words \"never again\" twice.",
        expect: &["Ana Ruiz: never again"],
    },
    Case {
        name: "book title",
        input: "She wrote the book \"How to Win Every Argument Today\" in 2010.",
        expect: &["mention: How to Win Every Argument Today"],
    },
];

#[test]
fn tables() {
    for case in CUE_POSITIONS.iter().chain(SPEAKERS).chain(SUBJECTS).chain(CONTINUATION).chain(MENTIONS) {
        assert_eq!(attributed(case.input), case.expect, "{}", case.name);
    }
}

mod robustness {
    use proptest::prelude::*;

    /// Text made of the pieces the quote engine reacts to: every quote mark, apostrophes,
    /// cue words, names, multibyte letters, markup and all kinds of line break.
    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "\"",
            "'",
            "''",
            "“",
            "”",
            "‘",
            "’",
            "„",
            "«",
            "»",
            "‹",
            "›",
            "「",
            "」",
            "<",
            ">",
            "<tweet a=\"",
            " ",
            "\n",
            "\n\n",
            "\r",
            "\r\n",
            "\u{a0}",
            ".",
            ",",
            ":",
            "(",
            ")",
            "said",
            "told",
            "according to",
            "he",
            "Ana Ruiz",
            "Sen.",
            "the senator",
            "officials",
            "don't",
            "'90s",
            "ISIS'",
            "é",
            "日本",
            "🙂",
            "a",
            "Z",
        ]);
        prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn spans_are_sound(text in pieces()) {
            let analysis = crate::analyze(&text);
            for q in &analysis.quotes {
                let spans = std::iter::once(q.span).chain(q.cue_span);
                for s in spans {
                    prop_assert!(s.start <= s.end && s.end <= text.len());
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                }
                prop_assert!(q.speaker.is_none_or(|i| i < analysis.speakers.len()));
                prop_assert!((0.0..=1.0).contains(&q.confidence));
            }
        }

        #[test]
        fn any_text_is_fine(text in "\\PC*") {
            let analysis = crate::analyze(&text);
            for q in &analysis.quotes {
                prop_assert!(text.get(q.span.start..q.span.end).is_some());
            }
        }
    }
}
