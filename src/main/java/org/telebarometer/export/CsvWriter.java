package org.telebarometer.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, numbers without exponent or trailing zeros (486369, 7.6).
 * <p>
 * A text that a spreadsheet would read as a formula (it begins with {@code = + - @}, a tab or a carriage return) is
 * written with a leading apostrophe, as OWASP recommends against CSV injection; numbers are written as they are.
 */
final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    CsvWriter row(List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double number ? number(number) : neutralized(value.toString());
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String neutralized(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
