package org.factcheck.article.analysis;

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
            "\\b\\d{1,3}[- ]years?[- ]olds?\\b", "\\baged \\d{1,3}(?:\\s*(?:,|and|or|to|-)\\s*\\d{1,3})*\\b",
            "\\b(?:under|over)-\\d{1,2}s\\b", "\\b\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])",
            "\\bat \\d{1,2}[.:]\\d{2}\\b", "\\b" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b",
            "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b",
            "\\b(?:call|ring|phone|dial|text|on)\\s+\\d{3}(?:\\s?\\d{3,})*\\b",
            "\\b(?:cad|ref|reference|crime reference|case number|quoting)\\s*(?:number\\s*)?[\\w/-]*\\d[\\w/-]*",
            "\\bno\\.?\\s?\\d+\\b", "\\b\\d+[a-z]?\\s+[a-z]+\\s+(?:road|street|avenue|lane|close|way|gardens|court"
                    + "|place|square|drive|crescent|terrace|grove)\\b",
            "\\b" + SMALL_WORD + "[- ](?:hour|day|week|month|minute|mile|storey|bed|bedroom|seat|year|point)\\b(?! (?:rise|fall|increase|cut|lead))",
            "\\b(?:route|bus|line|junction|section|article|clause|ward|flat|room|platform|gate|page|chapter|tier"
                    + "|key stage|covid|year)[- ]?\\d+\\b",
            "\\b(?:by )?\\d+ votes? to \\d+\\b", "\\b\\d+-\\d+ (?:vote|win|defeat|draw)\\b"));
    static final Pattern STATISTICAL = Pattern.compile("\\b(?:proportion|share|rates?|percentage|average|median"
            + "|total|number of|numbers|figures?|statistics|data|census|population|residents|households?|homes"
            + "|houses|housing|dwellings|properties|rents?|prices?|budgets?|funding|spending|spend|grants?|income"
            + "|salary|salaries|pay|wages?|earnings|council tax|precept|bills?|costs?|savings|deficit|debt|reserves"
            + "|investment|officers|staff|workforce|jobs|unemployment|employment|crimes?|offences|arrests|victims"
            + "|deaths|patients|beds|waiting lists?|waiting times?|a&e|nurses|doctors|pupils|schools|students"
            + "|life expectancy|obesity|recycling|waste|rough sleep\\w*|homeless\\w*|temporary accommodation"
            + "|turnout|seats|votes|candidates|councillors|per head|per capita|businesses|firms|settlement"
            + "|libraries|poverty|viewings|buyers|sales|flats|violence|robber(?:y|ies)|burglar(?:y|ies)|shoplifting"
            + "|knife crime|assaults?|thefts?)\\b");
    static final Pattern COMPARISON = Pattern.compile(String.join("|",
            "\\b(?:more|fewer|less|higher|lower|bigger|smaller|larger|greater|cheaper|dearer|faster|slower|longer"
                    + "|shorter|older|younger|worse|better|richer|poorer|steeper|wider|narrower)\\b[^.;]{0,60}?\\bthan"
                    + "\\b(?!\\s+(?:£|\\$|€)?\\d)(?!\\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half"
                    + "|doubled?)\\b)",
            "\\b(?:above|below|under|over) (?:the )?(?:national |london |england |regional |uk |english |capital's "
                    + "|borough |england's )?(?:average|figure|rate|level|target)\\b",
            "\\bcompared (?:with|to)\\b", "\\b(?:twice|double|treble|triple|half|\\w+ times) (?:as|the)\\b",
            "\\b(?:far|much|even|significantly|considerably|slightly|substantially|markedly) (?:more|less|fewer|\\w{3,}er)\\b",
            "\\bexceed\\w*|\\boutnumber\\w*|\\bahead of\\b|\\bthe gap\\b|\\bequivalent to\\b|\\bthe same as\\b"));
    static final Pattern SUPERLATIVE = Pattern.compile(String.join("|",
            "\\b(?:highest|lowest|largest|biggest|greatest|smallest|fewest|worst|best|poorest|richest|cheapest"
                    + "|dearest|fastest|slowest|longest|shortest|oldest|youngest|deadliest|busiest|steepest"
                    + "|sharpest|heaviest|strongest|weakest)\\b",
            "\\bthe most\\b(?! of)", "\\bthe least\\b(?! of)", "\\brecord (?:high|low|levels?|numbers?|amounts?|sums?)\\b",
            "\\brecord-\\w+", "\\bfirst time\\b", "\\bthan any(?:where)?\\b", "\\bthan anywhere\\b", "\\bno other\\b",
            "\\bin (?:decades|a generation|history|living memory)\\b", "\\bone of the most\\b"));
    static final Pattern NOT_SUPERLATIVE = Pattern.compile(
            "\\bat (?:least|most|best|worst)\\b|\\bmost of\\b|\\bbest placed\\b|\\b(?:its|their|our|his|her|my) best\\b"
                    + "|\\bbest interests?\\b");
    static final Pattern CHANGE = Pattern.compile("\\b(?:rose|risen|rise|rises|rising|increased?|increases"
            + "|increasing|grew|grown|growth|fell|fallen|falls|falling|dropped|drops?|declined?|declines|declining"
            + "|decreased?|decreases|cut|cuts|slashed|halved|doubled|tripled|trebled|soared|surged|jumped|plummeted"
            + "|plunged|shrunk|shrank|shrinking|reduced|reduction|reductions|lost|losing|loses|gained|climbed"
            + "|spiralled|rocketed|went up|gone up|went down|gone down|up by|down by|barely moved|unchanged"
            + "|has led to|have led to|led to|resulted in|caused|causing|hit harder|shed|frozen|froze|disappearing"
            + "|vanishing|dwindling|shrinks|evaporat\\w+|collaps\\w+|slumped|dipped|tumbled|ballooned|spiked|surging"
            + "|soaring|plunging|sinking|gone from|went from)\\b");
    static final Pattern NOT_A_CHANGE = Pattern.compile(
            "\\b(?:lost|lose|losing) (?:control|the argument|touch|faith|sight|their way|the plot)\\b"
                    + "|\\bat risk of \\w+\\b");
    static final Pattern BODY_WORD = Pattern.compile("\\b(?:government|ministers?|department|council|mayor"
            + "|authority|tor(?:y|ies)|labour|conservatives?|administration|nhs|police|met|home office|trust)\\b");
    static final Pattern POLICY_ACTION = Pattern.compile("\\b(?:changed|introduced|abolished|scrapped"
            + "|closed|sold(?: off)?|built|opened|axed|raised|put up|spent|invested|approved|passed|brought in"
            + "|privatised|outsourced|merged|launched|removed|withdrew|cancelled|delivered|started|completed"
            + "|protected|hollowed out)\\b");
    static final Pattern TIME = Pattern.compile("\\b(?:since|over the (?:past|last)|in the (?:past|last)"
            + "|last (?:year|month|week|decade|autumn|spring|summer|winter)|this year|a year earlier|years? earlier"
            + "|years? ago|a decade|decades?|in " + MONTH + "|(?:19|20)\\d\\d)\\b");
    static final Pattern GENERIC_BODY = Pattern.compile("\\b(?:(?:the|a|this|that) (?:[a-z]+ )?government"
            + "|ministers|the council|councils"
            + "|the met|the nhs|police forces?|forces|the mayor|whitehall|the department|the ministry)\\b");
    static final Pattern NAMED_BODY = Pattern.compile(
            "\\b[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:Council|Police|Constabulary|Trust|Hospital|Borough|Authority"
                    + "|Committee|Assembly|Party)\\b");
    static final Pattern NATION = Pattern.compile("\\b(?:Britain|Great Britain|the UK|UK|England|Scotland"
            + "|Wales|Northern Ireland|Europe|the EU)\\b");
    static final Pattern SOURCE = Pattern.compile("\\b(?:according to|figures (?:show|showed|published"
            + "|released|from)|data (?:show|from|published)|official figures|statistics|census|survey|report(?:ed)? "
            + "(?:found|finds|shows)|analysis (?:of|by|found))\\b");
    static final Pattern OPINION = Pattern.compile(String.join("|",
            "\\b(?:i|we) (?:think|believe|feel|hope|fear|am sure|'m sure|are sure|am confident|are confident"
                    + "|am proud|are proud|am delighted|are delighted|am pleased|are pleased|am disappointed|want"
                    + "|wish|cannot|can't|are not making|do not see|don't see)\\b",
            "\\b(?:heartbreaking|disgrace\\w*|shameful|shocking|appalling|outrageous|scandal\\w*|unacceptable"
                    + "|ridiculous|absurd|wonderful|fantastic|brilliant|excellent|terrible|awful|dreadful|disaster\\w*"
                    + "|catastroph\\w+|tragic|tragedy|sobering|damning|gimmick|lies|liar|nonsense|false economy"
                    + "|betray\\w*|hypocri\\w+|incompetent|chaos|chaotic|extreme|classic example|deserve[sd]?"
                    + "|should|must|ought to|needs? to|have to|has to|it is time|backbone|wake-up call"
                    + "|breaking point|loud and clear|genuinely|frankly|confident|proud|determined|committed to"
                    + "|best placed|a matter for|not a good use|tinkering|indictment|pretend|keeper|values|merits"
                    + "|not surprising|excuses|fooled|good moment|cautious)\\b",
            "\\bletting \\w+ down\\b"));
    static final Pattern PREDICTION = Pattern.compile("\\b(?:will|won't|shall|would(?! have)|could(?! have)"
            + "|might|going to|plans? to|planning to|set to|expected to|likely to|aims? to|intends? to|promised? to"
            + "|pledged? to|vowed? to|hopes? to|wants? to|due to (?!the |a |an )|is due|are due|next (?:year|month"
            + "|week|spring|summer|autumn|winter)|in the coming|by 20[2-9]\\d|unless|until|comes? into force"
            + "|takes? effect)\\b|^if\\b|\\bif "
            + "(?:labour|the|we|they|it|you|he|she)\\b");
    /** A trailing relative clause ("..., which are due to take place on May 3"): it qualifies, it does not predict. */
    static final Pattern RELATIVE = Pattern.compile(", (?:which|when|where|who) .*$");
    static final Pattern MODAL_MAY = Pattern.compile("\\bmay\\b(?!\\s+\\d)");
    static final Pattern RHETORIC = Pattern.compile("\\?|!|^(?:vote|let's|let us|imagine|think|look"
            + "|remember|join|don't|do not|stop)\\b|\\b(?:no-one|no one|nobody) (?:should|can|will|joined)\\b"
            + "|\\bwe are our\\b|\\btime for a change\\b|\\benough is enough\\b|\\bmake no mistake\\b"
            + "|\\bthe truth is\\b|\\bbehind every\\b|\\bdeserve better\\b|\\bcall(?:ed|s)? (?:on|for)\\b");
    static final Pattern NARRATIVE = Pattern.compile("\\b(?:speaking (?:in|at|on|to|after|before|during)"
            + "|spoke (?:at|to|in)|visited|attended|canvassing|was arrested|were arrested|arrested on suspicion"
            + "|were called|was called|taken to hospital|stabbed|injuries|appealing for|anyone with information"
            + "|anyone worried|urged anyone|call 101|crimestoppers|quoting reference|in custody|charged with"
            + "|court heard|appeared (?:at|before)|will appear|the meeting|public gallery|watched|gathered"
            + "|turned out|marched|approached for comment|declined to comment|did not respond|polling stations?"
            + "|go to the polls|results are expected|ran until|debated|votes? to \\d+|abstentions?"
            + "|published (?:on|today|yesterday|this|last|every|twice)|will be published|to publish"
            + "|updated every|to meet|mother of|father of|a statement|was speaking)\\b");
    static final Pattern VAGUE = Pattern.compile(
            "\\b(?:a number of|some|many|several|a lot of|lots of|a few|numerous|various)\\b");
    static final Pattern VAGUE_MAGNITUDE = Pattern.compile(
            "\\b(?:dozens|scores|hundreds|thousands|millions|billions) of\\b");
    static final Pattern NEAR_TOTAL = Pattern.compile("\\b(?:almost|nearly|virtually|hardly|practically) "
            + "(?:nobody|no one|no-one|none|no|any|all|every|everyone|everybody)\\b|\\bnot (?:a )?single\\b");

    private Cues() {
    }
}
