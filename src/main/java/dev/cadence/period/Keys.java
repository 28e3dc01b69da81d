package dev.cadence.period;

/** Zero-padded numbers for period keys; pages build hundreds of keys, where String.format shows. */
final class Keys {

    private Keys() {
    }

    static String padded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
