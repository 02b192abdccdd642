package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The word patterns behind each check-worthiness {@link Feature}, over lower-case normalised text ("per cent" is '%',
 * quotes and dashes are plain), unless a comment says the original case is read.
 */
final class Cues {

    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    static final String SMALL_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|twenty|thirty|forty|fifty|\\d+)";
    static final Pattern NOT_QUANTITIES = Pattern.compile(String.join("|",
            "\\b\\d{1,3}[- ]years?[- ]olds?\\b", "\\baged \\d{1,3}(?:\\s*(?:,|and|or|to|-)\\s*\\d{1,3}){0,6}\\b",
            "\\b(?:under|over)-\\d{1,2}s\\b",
            // ages: "a man of 60", "Ms Dunmore, 47, is standing", "Jane Ellis, 34, from Barnet"
            "\\b(?:man|woman|boy|girl|teenager|pensioner|mother|father|grandmother|grandfather|person|child)"
                    + " (?:of|aged) \\d{1,3}\\b",
            "(?<=[a-z]), \\d{1,3}, (?=(?:is|was|who|from|of|has|had|said|says|told|and|a|an|the)\\b)",
            "\\b\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])",
            "\\bat \\d{1,2}[.:]\\d{2}\\b", "\\b" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b",
            "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b",
            "\\b(?:call|ring|phone|dial|text|on)\\s+\\d{3}(?:\\s?\\d{3,}){0,4}\\b",
            "\\b(?:cad|ref|reference|crime reference|case number|quoting)\\s*(?:number\\s*)?[\\w/-]*\\d[\\w/-]*",
            "\\bno\\.?\\s?\\d+\\b", "\\b\\d+[a-z]?\\s+[a-z]+\\s+(?:road|street|avenue|lane|close|way|gardens|court"
                    + "|place|square|drive|crescent|terrace|grove)\\b",
            "\\b" + SMALL_WORD + "[- ](?:hour|day|week|month|minute|mile|storey|bed|bedroom|seat|year|point)\\b"
                    + "(?! (?:rise|fall|increase|cut|lead))",
            "\\b(?:route|bus|line|junction|section|article|clause|ward|flat|room|platform|gate|page|chapter|tier"
                    + "|key stage|covid|year)[- ]?\\d+\\b",
            "\\b(?:by )?\\d+ votes? to \\d+\\b", "\\b\\d+-\\d+ (?:vote|win|defeat|draw)\\b"));
    static final PhraseMatcher STATISTICAL = new PhraseMatcher("proportion", "share", "rate", "rates", "percentage",
            "average", "median", "total", "number of", "numbers", "figure", "figures", "statistics", "data", "census",
            "population", "residents", "household", "households", "homes", "houses", "housing", "dwellings",
            "properties", "rent", "rents", "price", "prices", "budget", "budgets", "funding", "spending", "spend",
            "grant", "grants", "income", "salary", "salaries", "pay", "wage", "wages", "earnings", "council tax",
            "precept", "bill", "bills", "cost", "costs", "savings", "deficit", "debt", "reserves", "investment",
            "officers", "staff", "workforce", "jobs", "unemployment", "employment", "crime", "crimes", "offences",
            "arrests", "victims", "deaths", "patients", "beds", "waiting list", "waiting lists", "waiting time",
            "waiting times", "a&e", "nurses", "doctors", "pupils", "schools", "students", "life expectancy",
            "obesity", "recycling", "waste", "rough sleep*", "homeless*", "temporary accommodation", "turnout",
            "seats", "votes", "candidates", "councillors", "per head", "per capita", "businesses", "firms",
            "settlement", "libraries", "poverty", "viewings", "buyers", "sales", "flats", "violence", "robbery",
            "robberies", "burglary", "burglaries", "shoplifting", "knife crime", "assault", "assaults", "theft",
            "thefts");
    static final Pattern COMPARISON = Pattern.compile(String.join("|",
            "\\b(?:more|fewer|less|higher|lower|bigger|smaller|larger|greater|cheaper|dearer|faster|slower|longer"
                    + "|shorter|older|younger|worse|better|richer|poorer|steeper|wider|narrower)\\b[^.;]{0,60}?\\bthan"
                    + "\\b(?!\\s+(?:£|\\$|€)?\\d)(?!\\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half"
                    + "|doubled?)\\b)",
            "\\b(?:above|below|under|over) (?:the )?(?:national |london |england |regional |uk |english |capital's "
                    + "|borough |england's )?(?:average|figure|rate|level|target)\\b",
            "\\bcompared (?:with|to)\\b", "\\b(?:twice|double|treble|triple|half|\\w+ times) (?:as|the)\\b",
            "\\b(?:far|much|even|significantly|considerably|slightly|substantially|markedly) "
                    + "(?:more|less|fewer|\\w{3,}er)\\b",
            "\\bexceed\\w*|\\boutnumber\\w*|\\bahead of\\b|\\bthe gap\\b|\\bequivalent to\\b|\\bthe same as\\b"));
    static final PhraseMatcher SUPERLATIVE = new PhraseMatcher("highest", "lowest", "largest", "biggest", "greatest",
            "smallest", "fewest", "worst", "best", "poorest", "richest", "cheapest", "dearest", "fastest", "slowest",
            "longest", "shortest", "oldest", "youngest", "deadliest", "busiest", "steepest", "sharpest", "heaviest",
            "strongest", "weakest", "the most", "the least", "record high", "record low", "record level",
            "record levels", "record number", "record numbers", "record amount", "record amounts", "record sums",
            "record breaking", "first time", "than any", "than anywhere", "no other", "in decades", "in a generation",
            "in history", "in living memory", "one of the most");
    static final Pattern NOT_SUPERLATIVE = Pattern.compile(
            "\\bat (?:least|most|best|worst)\\b|\\b(?:most|least) of\\b|\\bbest placed\\b"
                    + "|\\b(?:its|their|our|his|her|my) best\\b"
                    + "|\\bbest interests?\\b");
    static final PhraseMatcher CHANGE = new PhraseMatcher("rose", "risen", "rise", "rises", "rising", "increase",
            "increased", "increases", "increasing", "grew", "grown", "growth", "fell", "fallen", "falls", "falling",
            "dropped", "drop", "drops", "decline", "declined", "declines", "declining", "decrease", "decreased",
            "decreases", "cut", "cuts", "slashed", "halved", "doubled", "tripled", "trebled", "soared", "surged",
            "jumped", "plummeted", "plunged", "shrunk", "shrank", "shrinking", "shrinks", "reduced", "reduction",
            "reductions", "lost", "losing", "loses", "gained", "climbed", "spiralled", "rocketed", "went up",
            "gone up", "went down", "gone down", "up by", "down by", "barely moved", "unchanged", "has led to",
            "have led to", "led to", "resulted in", "caused", "causing", "hit harder", "shed", "frozen", "froze",
            "disappearing", "vanishing", "dwindling", "evaporat*", "collaps*", "slumped", "dipped", "tumbled",
            "ballooned", "spiked", "surging", "soaring", "plunging", "sinking", "gone from", "went from");
    static final Pattern NOT_A_CHANGE = Pattern.compile(
            "\\b(?:lost|lose|losing) (?:control|the argument|touch|faith|sight|their way|the plot)\\b"
                    + "|\\bat risk of \\w+\\b");
    static final PhraseMatcher BODY_WORD = new PhraseMatcher("government", "minister", "ministers", "department",
            "council", "mayor", "authority", "tory", "tories", "labour", "conservative", "conservatives",
            "administration", "nhs", "police", "met", "home office", "trust");
    static final PhraseMatcher POLICY_ACTION = new PhraseMatcher("changed", "introduced", "abolished", "scrapped",
            "closed", "sold", "sold off", "built", "opened", "axed", "raised", "put up", "spent", "invested",
            "approved", "passed", "brought in", "privatised", "outsourced", "merged", "launched", "removed",
            "withdrew", "cancelled", "delivered", "started", "completed", "protected", "hollowed out");
    static final Pattern TIME = Pattern.compile("\\b(?:since|over the (?:past|last)|in the (?:past|last)"
            + "|last (?:year|month|week|decade|autumn|spring|summer|winter)|this year|a year earlier|years? earlier"
            + "|years? ago|a decade|decades?|in " + MONTH + "|(?:19|20)\\d\\d)\\b");
    static final Pattern GENERIC_BODY = Pattern.compile("\\b(?:(?:the|a|this|that) (?:[a-z]+ )?government"
            + "|ministers|the council|councils"
            + "|the met|the nhs|police forces?|forces|the mayor|whitehall|the department|the ministry)\\b");
    static final Pattern NAMED_BODY = Pattern.compile(
            "\\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,4} (?:Council|Police|Constabulary|Trust|Hospital|Borough|Authority"
                    + "|Committee|Assembly|Party)\\b");
    static final Pattern NATION = Pattern.compile("\\b(?:Britain|Great Britain|the UK|UK|England|Scotland"
            + "|Wales|Northern Ireland|Europe|the EU)\\b");
    static final Pattern SOURCE = Pattern.compile("\\b(?:according to|figures (?:show|showed|published"
            + "|released|from)|data (?:show|from|published)|official figures|statistics|census|survey|report(?:ed)? "
            + "(?:found|finds|shows)|analysis (?:of|by|found))\\b");
    static final PhraseMatcher OPINION = new PhraseMatcher(opinions());
    static final PhraseMatcher PREDICTION = new PhraseMatcher("will", "won't", "shall", "would", "could", "might",
            "going to", "plan to", "plans to", "planning to", "set to", "expected to", "likely to", "aim to",
            "aims to", "intend to", "intends to", "promise to", "promised to", "pledge to", "pledged to", "vow to",
            "vowed to", "hope to", "hopes to", "want to", "wants to", "due to", "is due", "are due", "next year",
            "next month", "next week", "next spring", "next summer", "next autumn", "next winter", "in the coming",
            "unless", "until", "come into force", "comes into force", "take effect", "takes effect");
    /** Forms of the prediction words that look back, or give a cause: set aside before matching. */
    static final Pattern NOT_A_PREDICTION = Pattern.compile("\\b(?:would|could) have\\b|\\bdue to (?:the|a|an)\\b");
    static final Pattern CONDITION = Pattern.compile("^if\\b|\\bif (?:labour|the|we|they|it|you|he|she)\\b"
            + "|\\bby 20[2-9]\\d\\b");
    /** A trailing relative clause ("..., which are due to take place on May 3"): it qualifies, it does not predict. */
    static final Pattern RELATIVE = Pattern.compile(", (?:which|when|where|who) .*$");
    static final Pattern MODAL_MAY = Pattern.compile("\\bmay\\b(?!\\s+\\d)");
    static final Pattern RHETORIC = Pattern.compile("\\?|!|^(?:vote|let's|let us|imagine|think|look"
            + "|remember|join|don't|do not|stop)\\b|\\b(?:no-one|no one|nobody) (?:should|can|will|joined)\\b"
            + "|\\bwe are our\\b|\\btime for a change\\b|\\benough is enough\\b|\\bmake no mistake\\b"
            + "|\\bthe truth is\\b|\\bbehind every\\b|\\bdeserve better\\b|\\bcall(?:ed|s)? (?:on|for)\\b");
    static final PhraseMatcher NARRATIVE = new PhraseMatcher("speaking in", "speaking at", "speaking on",
            "speaking to", "speaking after", "speaking before", "speaking during", "spoke at", "spoke to", "spoke in",
            "visited", "attended", "canvassing", "was arrested", "were arrested", "arrested on suspicion",
            "were called", "was called", "taken to hospital", "stabbed", "injuries", "appealing for",
            "anyone with information", "anyone worried", "urged anyone", "call 101", "crimestoppers",
            "quoting reference", "in custody", "charged with", "court heard", "appeared at", "appeared before",
            "will appear", "the meeting", "public gallery", "watched", "gathered", "turned out", "marched",
            "approached for comment", "declined to comment", "did not respond", "polling station",
            "polling stations", "go to the polls", "results are expected", "ran until", "debated", "abstention",
            "abstentions", "published on", "published today", "published yesterday", "published this",
            "published last", "published every", "published twice", "will be published", "to publish",
            "updated every", "to meet", "mother of", "father of", "a statement", "was speaking");
    static final Pattern VOTE_TALLY = Pattern.compile("\\bvotes? to \\d+\\b");
    static final PhraseMatcher VAGUE = new PhraseMatcher("a number of", "some", "many", "several", "a lot of",
            "lots of", "a few", "numerous", "various");
    static final PhraseMatcher VAGUE_MAGNITUDE = new PhraseMatcher("dozens of", "scores of", "hundreds of",
            "thousands of", "millions of", "billions of");
    static final Pattern NEAR_TOTAL = Pattern.compile("\\b(?:almost|nearly|virtually|hardly|practically) "
            + "(?:nobody|no one|no-one|none|no|any|all|every|everyone|everybody)\\b|\\bnot (?:a )?single\\b");

    private Cues() {
    }

    /** Opinion, feeling and judgement words, and first-person stances ("I am sure", "we cannot"). */
    private static String[] opinions() {
        List<String> out = new ArrayList<>(List.of("heartbreaking", "disgrace*", "shameful", "shocking",
                "appalling", "outrageous", "scandal*", "unacceptable", "ridiculous", "absurd", "wonderful", "fantastic",
                "brilliant", "excellent", "terrible", "awful", "dreadful", "disaster*", "catastroph*", "tragic",
                "tragedy", "sobering", "damning", "gimmick", "lies", "liar", "nonsense", "false economy", "betray*",
                "hypocri*", "incompetent", "chaos", "chaotic", "extreme", "classic example", "deserve", "deserves",
                "deserved", "should", "must", "ought to", "need to", "needs to", "have to", "has to", "it is time",
                "backbone", "wake up call", "breaking point", "loud and clear", "genuinely", "frankly", "confident",
                "proud", "determined", "committed to", "best placed", "a matter for", "not a good use", "tinkering",
                "indictment", "pretend", "keeper", "values", "merits", "not surprising", "excuses", "fooled",
                "good moment", "cautious", "letting * down", "i'm sure", "i'm confident", "i'm proud",
                "i'm delighted", "i'm pleased", "we're sure", "we're confident", "we're proud"));
        for (String who : List.of("i", "we")) {
            for (String stance : List.of("think", "believe", "feel", "hope", "fear", "am sure", "'m sure", "are sure",
                    "am confident", "are confident", "am proud", "are proud", "am delighted", "are delighted",
                    "am pleased", "are pleased", "am disappointed", "want", "wish", "cannot", "can't",
                    "are not making", "do not see", "don't see")) {
                out.add(who + " " + stance);
            }
        }
        return out.toArray(String[]::new);
    }
}
