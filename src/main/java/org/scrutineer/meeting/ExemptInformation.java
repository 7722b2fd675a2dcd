package org.scrutineer.meeting;

import java.util.Set;

/**
 * Part 1 of Schedule 12A to the Local Government Act 1972: the paragraphs, 1 to 7, one of which an
 * exempt report or agenda item must name, and the words the public is given for it.
 */
public final class ExemptInformation {

    public static final Set<String> PARAGRAPHS = Set.of("1", "2", "3", "4", "5", "6", "7");

    private ExemptInformation() {
    }

    public static boolean isParagraph(String paragraph) {
        return paragraph != null && PARAGRAPHS.contains(paragraph.strip());
    }

    /** "Exempt: not for publication, because ... paragraph 3 of Part 1 of Schedule 12A ..." */
    public static String words(String paragraph) {
        return "Exempt: not for publication, because it is likely to disclose information of the kind described in paragraph " + paragraph
                + " of Part 1 of Schedule 12A to the Local Government Act 1972.";
    }
}
