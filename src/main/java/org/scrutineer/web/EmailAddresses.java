package org.scrutineer.web;

import java.util.regex.Pattern;

/** Whether what someone typed can be an email address: one @, something on each side, a dot in the domain, no spaces, 254 characters at most. */
public final class EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {
    }

    public static boolean looksValid(String typed) {
        return typed != null && typed.strip().length() <= 254 && EMAIL.matcher(typed.strip()).matches();
    }
}
