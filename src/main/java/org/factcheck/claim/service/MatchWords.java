package org.factcheck.claim.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists of {@link ClaimMatcher}: stop words, synonym groups, paraphrase rewrites and place aliases. */
final class MatchWords {

    private MatchWords() {
    }

    static final Set<String> STOP = Set.copyOf(List.of(("a an the of in on at to for from by with and or but than that "
            + "this these those is are was were be been being has have had having get gets got getting do does did any "
            + "other every all each it its their there they we our you your he she his her them who which what as "
            + "into about since per cent so such very just only also no none not nor said says say claim claims "
            + "according compared while whereas where when now then across within among between one go goes going "
            + "went gone much many as earlier later ago end before after list see saw seen figure "
            + "figures show shows showed january february march april may june july august september october "
            + "november december pack packs packed cram crams crammed squeeze squeezed home-to is anywhere else "
            + "ever record time whole entire reach reached reaches hit hits stood stand stands totalled "
            + "totaled amounted came will would could may might can should must shall table tables league rankings "
            + "ranking").split(" ")));

    /** Generic words weigh half in the Dice: what a claim is about counts fully. */
    static final Set<String> GENERIC = Set.of("HIGH", "LOW", "RISE", "FALL", "borough", "share", "number",
            "amount", "year", "new", "last", "total", "average", "level", "waste", "religion", "build", "count");

    /** Groups a claim is about: a group in one claim only, or two different groups, make different claims. */
    static final Set<String> GROUPS = Set.of("jewish", "muslim", "christian", "hindu", "sikh", "buddhist",
            "white", "black", "asian", "men", "women", "child", "pensioner");

    /** Qualifying words: a claim with one of these is not the claim without it (started vs built, per head). */
    static final Set<String> QUALIFYING = Set.of("START", "realterm", "perhead", "central", "second", "third",
            "fourth", "fifth", "nominal");

    static final Map<String, String> SYNONYMS = synonyms();

    /** Place aliases the gazetteer may lack: alias (lower case) to canonical name. */
    static final Map<String, String> PLACE_ALIASES = aliases("gmp=greater manchester police;scotland yard="
            + "metropolitan police;met=metropolitan police;met police=metropolitan police;metropolitan police service="
            + "metropolitan police;londoners=london;londoner=london;mancunians=manchester;english=england;"
            + "welsh=wales;scottish=scotland");

    private static Map<String, String> aliases(String list) {
        Map<String, String> map = new HashMap<>();
        for (String entry : list.split(";")) {
            map.put(entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1));
        }
        return Map.copyOf(map);
    }

    /** Paraphrases of one measure or qualifier, rewritten to one canonical phrase before tokenising. */
    static final List<Map.Entry<Pattern, String>> REWRITES = rewrites();

    private static List<Map.Entry<Pattern, String>> rewrites() {
        List<Map.Entry<Pattern, String>> r = new ArrayList<>();
        rw(r, "\\b(?:(?:the )?number of )?(?:people |persons |men and women )?(?:(?:were|are|was|is) )?"
                + "(?:sleeping|sleep|sleeps|slept|bedded|bedding|bed|beds) (?:rough|down)(?: on the streets?(?: of)?"
                + "| outside| in the open)?\\b|\\brough[- ]sleep(?:ing|ers?)"
                + "(?: count)?\\b|\\bhomeless people sleeping on the streets\\b", " roughsleep ");
        rw(r, "\\b(?:more |fewer )?(?:people|residents|inhabitants|persons) (?:per|into each|in each|to each|for each|"
                + "in every|on each|on every|into every) (?:hectare|square (?:kilometre|km|mile)|sq km|km2)\\b"
                + "|\\bdensely[- ]populated\\b|\\bpopulation density\\b|\\bdensity of (?:population|people)\\b",
                " density ");
        rw(r, "\\b(?:once|when|after|if) (?:you )?(?:take )?inflation (?:is |has been )?(?:taken into account|accounted"
                + " for|adjusted for|factored in|considered|into account)\\b|\\b(?:after|adjusting|adjusted|allowing)"
                + " for inflation\\b|\\b(?:after|beyond) inflation\\b|\\bin real[- ]terms\\b|\\breal[- ]terms\\b"
                + "|\\binflation[- ]adjusted\\b",
                " realterms ");
        rw(r, "\\bin cash terms\\b|\\bbefore inflation\\b", " nominal ");
        rw(r, "\\bfull[- ]time[- ]equivalents?\\b|\\bftes?\\b", " fte ");
        rw(r, "\\b(?:per|for each|for every|a) (?:head|person|capita|resident|inhabitant)\\b", " perhead ");
        rw(r, "\\b(?:gave|give|gives|giving|stated|state|reported|listed) (?:their|his|her|its) religion as\\b"
                + "|\\b(?:described|describe|describes|identified|identify|identifies) (?:themselves |itself )?as\\b"
                + "|\\bsaid they were\\b", " ");
        rw(r, "\\b(?:work|building work|building|construction work|ground) (?:began|begin|begins|begun|started|start"
                + "|starts|commenced|broke|breaks)\\b|\\bstarted (?:work|building|construction)\\b"
                + "|\\b(?:construction|housing|building) starts\\b|\\bbroke ground\\b", " construction started ");
        rw(r, "\\btopped the (?:list|table|league|rankings?)\\b|\\bcame top\\b|\\bat the top of the (?:list|table)\\b",
                " highest ");
        rw(r, "\\bat the bottom of the (?:list|table)\\b|\\bcame bottom\\b", " lowest ");
        rw(r, "\\bofficer (?:strength|numbers)\\b|\\bnumber of (?:police )?officers\\b", " officers ");
        rw(r, "\\b(?:recycling rate|rate of recycling)\\b", " recycled ");
        rw(r, "\\bhad a fall\\b", " fell ");
        rw(r, "\\b(?:a|one|the) year (?:earlier|before|previously|prior)\\b|\\b(?:the )?(?:previous|prior) year\\b"
                + "|\\b12 months (?:earlier|before)\\b", " ");
        return List.copyOf(r);
    }

    private static void rw(List<Map.Entry<Pattern, String>> r, String regex, String replacement) {
        r.add(Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement));
    }

    private static Map<String, String> synonyms() {
        Map<String, String> map = new HashMap<>();
        put(map, "LOW", "fewer fewest less least lowest lower smallest smaller minimum bottom cheapest cheaper cheap "
                + "worst");
        put(map, "HIGH", "more most highest higher largest larger biggest bigger greatest greater top topped tops "
                + "maximum best");
        put(map, "RISE", "rise rises rose risen rising increase increased increases increasing grew grown growth "
                + "grow grows soared jumped climbed up gained higher-than upward");
        put(map, "FALL", "fall falls fell fallen falling drop dropped drops decrease decreased decline declined "
                + "down cut cuts slashed reduced reduction lost lose loss losses shrank shrunk lower-than downward");
        put(map, "START", "started start starts begin began begun beginning commenced starting");
        put(map, "police", "police officer officers cops cop constables constable policing");
        put(map, "people", "people residents resident population populous inhabitants citizens person");
        put(map, "home", "homes house houses housing dwellings dwelling properties property");
        put(map, "price", "price prices cost costs expensive");
        put(map, "fund", "funding funded money budget budgets grant grants cash spending");
        put(map, "jewish", "jews jewish jew");
        put(map, "muslim", "muslims muslim islam islamic");
        put(map, "hindu", "hindus hindu");
        put(map, "sikh", "sikhs sikh");
        put(map, "child", "children child kids");
        put(map, "christian", "christians christian christianity");
        put(map, "crime", "crime crimes offences offence");
        put(map, "borough", "borough boroughs council councils authority authorities area areas district districts");
        put(map, "build", "built build building completed completions complete construction constructed finished "
                + "delivered");
        put(map, "share", "proportion share percentage rate");
        put(map, "pay", "pays pay paid receives receive");
        put(map, "recycle", "recycle recycled recycles recycling recycl");
        put(map, "number", "number numbers strength workforce headcount total");
        put(map, "count", "count counted tally snapshot");
        return Map.copyOf(map);
    }

    private static void put(Map<String, String> map, String canonical, String words) {
        for (String w : words.split(" ")) {
            map.put(w, canonical);
        }
    }
}
