package dev.svod.extraction;

/**
 * Recognises plain text in the one-byte Windows-1251 encoding, which older Russian documents still use. Tika's
 * detector calls such bytes binary: they are neither ASCII nor UTF-8.
 */
final class LegacyCyrillicText {

    private static final int SAMPLE = 64 * 1024;

    private LegacyCyrillicText() {
    }

    /** No control bytes but tab and line breaks, and most non-ASCII bytes are Windows-1251 letters (А..я, Ёё). */
    static boolean looksLike(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        int high = 0;
        int letters = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
            if (b >= 0x80) {
                high++;
                if (b >= 0xC0 || b == 0xA8 || b == 0xB8) {
                    letters++;
                }
            }
        }
        return high > 0 && letters >= high * 0.9;
    }
}
