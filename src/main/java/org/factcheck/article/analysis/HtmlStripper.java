package org.factcheck.article.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an HTML article body into plain text in one linear pass, keeping where every character came from. Safe on
 * hostile input: no backtracking regular expressions over the body, script/style/template content is dropped
 * unread, attributes never reach the text, entities are decoded exactly once, and malformed markup (an unclosed tag,
 * a stray {@code <}) degrades to text rather than failing. Block elements end paragraphs; {@code <br>} ends a line.
 */
public final class HtmlStripper {

    private static final Pattern LOOKS_LIKE_HTML =
            Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]{0,20}[\\s/>]|/[a-zA-Z]|!--)");
    private static final Set<String> BLOCK = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "section", "article", "header", "footer", "aside", "figure", "figcaption", "table", "tr",
            "td", "th", "thead", "tbody", "hr", "pre", "dl", "dt", "dd", "main", "nav", "address", "body", "html");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "svg", "head", "title", "textarea", "select");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("hellip", "\u2026"), Map.entry("pound", "\u00A3"), Map.entry("euro", "\u20AC"),
            Map.entry("dollar", "$"), Map.entry("percnt", "%"), Map.entry("frac12", "\u00BD"),
            Map.entry("frac14", "\u00BC"), Map.entry("frac34", "\u00BE"), Map.entry("bull", "\u2022"),
            Map.entry("middot", "\u00B7"), Map.entry("minus", "\u2212"), Map.entry("times", "\u00D7"),
            Map.entry("shy", ""), Map.entry("zwj", ""), Map.entry("zwnj", ""), Map.entry("thinsp", "\u2009"),
            Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("eacute", "\u00E9"),
            Map.entry("egrave", "\u00E8"), Map.entry("aacute", "\u00E1"), Map.entry("oacute", "\u00F3"),
            Map.entry("iacute", "\u00ED"), Map.entry("uuml", "\u00FC"), Map.entry("ouml", "\u00F6"),
            Map.entry("auml", "\u00E4"), Map.entry("ccedil", "\u00E7"), Map.entry("copy", "\u00A9"));

    private final String body;
    private final StringBuilder out;
    private final int[] starts;
    private final int[] ends;
    private int n;

    private HtmlStripper(String body) {
        this.body = body;
        this.out = new StringBuilder(body.length());
        this.starts = new int[body.length() + 2];
        this.ends = new int[body.length() + 2];
    }

    /** True when the body holds something that looks like a tag or an HTML comment. */
    public static boolean looksLikeHtml(String body) {
        return body != null && body.indexOf('<') >= 0 && LOOKS_LIKE_HTML.matcher(body).find();
    }

    /** Plain text of the body: stripped when it looks like HTML, else the body itself. */
    public static PlainText toPlainText(String body) {
        String b = body == null ? "" : body;
        return looksLikeHtml(b) ? strip(b) : PlainText.identity(b);
    }

    /** Strips tags, drops script-like elements, decodes entities; block elements become paragraph breaks. */
    public static PlainText strip(String body) {
        HtmlStripper s = new HtmlStripper(body);
        s.run();
        int len = s.out.length();
        int[] st = new int[len];
        int[] en = new int[len];
        System.arraycopy(s.starts, 0, st, 0, len);
        System.arraycopy(s.ends, 0, en, 0, len);
        return new PlainText(s.out.toString(), st, en, true);
    }

    private void run() {
        int i = 0;
        int len = body.length();
        while (i < len) {
            char c = body.charAt(i);
            if (c == '<') {
                int next = tag(i);
                if (next > i) {
                    i = next;
                    continue;
                }
            } else if (c == '&') {
                int next = entity(i);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            char emitted = c == '\n' || c == '\r' || c == '\t' || c == '\f' ? ' ' : c;
            emit(emitted, i, i + 1);
            i++;
        }
    }

    /** Handles markup at {@code i}; returns the offset after it, or {@code i} when it is a literal '<'. */
    private int tag(int i) {
        if (body.startsWith("<!--", i)) {
            int close = body.indexOf("-->", i + 4);
            return close < 0 ? body.length() : close + 3;
        }
        if (i + 1 >= body.length()) {
            return i;
        }
        char first = body.charAt(i + 1);
        boolean closing = first == '/';
        if (!(Character.isLetter(first) || closing && i + 2 < body.length() && Character.isLetter(body.charAt(i + 2))
                || first == '!' || first == '?')) {
            return i;
        }
        int end = tagEnd(i + 1);
        String name = tagName(closing ? i + 2 : i + 1);
        if (!closing && SKIPPED.contains(name) && body.charAt(end - 2) != '/') {
            int close = indexOfIgnoreCase("</" + name, end);
            return close < 0 ? body.length() : tagEnd(close + 1);
        }
        if (name.equals("br")) {
            lineBreak(1, i, end);
        } else if (BLOCK.contains(name)) {
            lineBreak(2, i, end);
        }
        return end;
    }

    /** The offset after the '>' closing a tag that starts before {@code from}; quoted attribute values may hold '>'. */
    private int tagEnd(int from) {
        char quote = 0;
        for (int j = from; j < body.length(); j++) {
            char c = body.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
        return body.length();
    }

    private String tagName(int from) {
        int j = from;
        while (j < body.length() && Character.isLetterOrDigit(body.charAt(j)) && j - from < 20) {
            j++;
        }
        return body.substring(from, j).toLowerCase(Locale.ROOT);
    }

    private int indexOfIgnoreCase(String needle, int from) {
        for (int j = from; j <= body.length() - needle.length(); j++) {
            if (body.regionMatches(true, j, needle, 0, needle.length())) {
                return j;
            }
        }
        return -1;
    }

    /** Decodes the entity at {@code i}; returns the offset after it, or {@code i} when it is not one. */
    private int entity(int i) {
        int semi = -1;
        for (int j = i + 1; j < body.length() && j <= i + 10; j++) {
            if (body.charAt(j) == ';') {
                semi = j;
                break;
            }
        }
        if (semi < 0) {
            return i;
        }
        String name = body.substring(i + 1, semi);
        String decoded = null;
        if (name.startsWith("#x") || name.startsWith("#X")) {
            decoded = codePoint(name.substring(2), 16);
        } else if (name.startsWith("#")) {
            decoded = codePoint(name.substring(1), 10);
        } else {
            decoded = ENTITIES.get(name);
        }
        if (decoded == null) {
            return i;
        }
        for (int k = 0; k < decoded.length(); k++) {
            char c = decoded.charAt(k);
            emit(c == '\n' || c == '\r' || c == '\t' ? ' ' : c, i, semi + 1);
        }
        return semi + 1;
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            if (cp <= 0 || cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF) {
                return "\uFFFD";
            }
            return new String(Character.toChars(cp));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void lineBreak(int newlines, int from, int to) {
        if (out.length() == 0) {
            return;
        }
        int trailing = 0;
        for (int j = out.length() - 1; j >= 0 && out.charAt(j) == '\n'; j--) {
            trailing++;
        }
        for (int k = trailing; k < newlines; k++) {
            emit('\n', from, to);
        }
    }

    private void emit(char c, int from, int to) {
        out.append(c);
        starts[n] = from;
        ends[n] = to;
        n++;
    }
}
