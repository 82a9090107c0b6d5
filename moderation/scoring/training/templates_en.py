"""English sentence frames and fillers for the identity-bias template data.

Same conventions as templates_de: {grp} a plural group noun phrase, {Grp} capitalised,
{self} a first-person predicate; labels as a string of label initials.
"""

# ruff: noqa: E501 (whole sentences and rules read better than split strings)

from __future__ import annotations

# name, plural phrase, self (None: no natural first-person form)
GROUPS = [
    ("gay people", "gay people", "gay"),
    ("lesbians", "lesbians", "a lesbian"),
    ("trans people", "trans people", "trans"),
    ("Muslims", "Muslims", "Muslim"),
    ("Jews", "Jews", "Jewish"),
    ("Christians", "Christians", "a Christian"),
    ("refugees", "refugees", "a refugee"),
    ("migrants", "migrants", "an immigrant"),
    ("Turkish people", "Turkish people", "Turkish"),
    ("Poles", "Polish people", "Polish"),
    ("Black people", "Black people", None),
    ("Roma", "Roma families", None),
    ("women", "women", "a woman"),
    ("disabled people", "disabled people", "disabled"),
    ("wheelchair users", "wheelchair users", "a wheelchair user"),
]

IDENTITY_NEUTRAL = [
    "Our running club has plenty of {grp} among its members and nobody makes a fuss about it.",
    "The piece about {grp} in the old town was well researched and fair.",
    "{Grp} pay the same council tax as everyone else, so the pool closure hits them too.",
    "I met a lot of {grp} while volunteering at the food bank, lovely people.",
    "How many {grp} actually live in the district? Are there any figures?",
    "The library is hosting an evening with {grp} from the neighbourhood, I will be there.",
    "{Grp} belong in this town as much as anyone.",
    "Good to see the paper giving {grp} a voice for once.",
    "The new advice centre for {grp} has longer opening hours now, which is great news.",
    "Some {grp} helped us repaint the playground last weekend.",
]

IDENTITY_SELF = [
    "I am {self} and I have lived happily in this village for twenty years.",
    "As someone who is {self}, I found this debate refreshingly civil.",
]

IDENTITY_ATTACK = [
    ("{Grp} are parasites and do not belong here.", "tia"),
    ("{Grp} are the scum of this country.", "tia"),
    ("No wonder the area went downhill once {grp} moved in.", "ta"),
    ("{Grp} are not real people.", "tia"),
    ("I would never rent to {grp}, they leave nothing but filth.", "tia"),
    ("You cannot trust {grp}, it is in their blood.", "ta"),
    ("{Grp} are a disease on this town.", "tia"),
    ("Fucking {grp}, every last one of them.", "toia"),
]

COUNTER_SPEECH = [
    "Whoever wrote that {grp} are parasites should be ashamed.",
    "The hatred against {grp} in these comments is unbearable, please moderate this.",
    "Blaming {grp} for everything solves nothing in this town.",
    "Calling {grp} scum says more about the writer than about them.",
    "Hate against {grp} has no place here.",
    "I report every comment that insults {grp}. That is not an opinion, it is abuse.",
]

NEGATED_HATE = [
    "I have nothing against {grp}, quite the opposite.",
    "It is simply untrue that {grp} are lazy.",
    "{Grp} are no danger to this town.",
    "Nobody will ever hear me say {grp} are worth less than anyone else.",
    "No, {grp} are not to blame for the housing shortage.",
]

# (object, subject pronoun)
TARGETS = [
    ("the mayor", "he"), ("the councillor", "she"), ("that referee", "he"),
    ("the editor", "she"), ("the manager", "he"), ("the head teacher", "she"),
]  # fmt: skip

THREATS = [
    ("I will stab {tgt} the next time I see {obj}.", "ths"),
    ("I am going to smash {poss} teeth in, I swear.", "th"),
    ("Someone should put a bullet in {tgt}.", "ths"),
    ("We know where {tgt} lives. A visit is only a matter of time.", "th"),
    ("I'll break every bone in {poss} body if this goes ahead.", "th"),
    ("{Tgt} should be hanged from the nearest lamppost.", "ths"),
    ("I will burn {poss} house down while {subj} sleeps.", "ths"),
    ("Wait until {tgt} walks home alone tonight, then we beat {obj} senseless.", "th"),
    ("One more decision like this and {tgt} will not wake up tomorrow, I promise.", "ths"),
    ("I have a knife with {poss} name on it.", "ths"),
    ("Somebody needs to run {tgt} over with a bus, for real.", "ths"),
    ("Let's find {tgt} after the match and give {obj} a proper kicking.", "th"),
]
THREATS_YOU = [
    ("I will kill you, you traitor.", "thsi"),
    ("You are next, I am coming round with a knife.", "ths"),
    ("I know your address, and you will regret every word.", "th"),
    ("Write one more article like this and I will break your legs.", "th"),
    ("Nice car you park outside the bakery. Shame if it caught fire.", "th"),
]

CRITICISM_TARGETS = [
    "the mayor",
    "the council",
    "the planning office",
    "the county",
    "the club board",
]
CRITICISM_TOPICS = ["the pool closure", "the bypass", "the parking fees", "the school repairs"]
CRITICISM = [
    "What {off} has done with {topic} is an utter disgrace.",
    "After this mess with {topic}, {off} should resign.",
    "{Off} promised to fix {topic} months ago and nothing has happened. Embarrassing.",
    "{Off} misled residents about {topic}, plain and simple.",
    "{Off} is completely out of their depth on {topic}.",
]

PROFANITY_SITUATIONS = [
    "the bypass is closed again", "the last bus got cancelled", "it has rained for a week",
    "the penalty hit the post", "the heating in the sports hall is broken again",
    "the roadworks have moved to our street", "the nursery is closed all week",
    "my bike has another flat tyre",
]  # fmt: skip
PROFANITY = [
    "Shit, {situation}.",
    "Bloody hell, {situation}.",
    "What a crappy day: {situation}.",
    "Damn it, {situation}.",
    "Fuck me, {situation}.",
    "This is such bullshit, {situation}.",
]
