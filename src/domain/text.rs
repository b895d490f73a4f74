//! Text as users type it: normalised to NFC, stripped of control and invisible
//! formatting characters, trimmed, and checked against a length limit counted in
//! characters.

use unicode_normalization::UnicodeNormalization;

/// Normalises one line of input: NFC, control characters (newlines too) removed, inner
/// runs of whitespace collapsed, trimmed.
pub fn clean_line(input: &str) -> String {
    let nfc: String = input.nfc().filter(|c| !is_invisible_format(*c)).collect();
    let mut out = String::with_capacity(nfc.len());
    for word in nfc.split(|c: char| c.is_whitespace() || c.is_control()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Normalises multi-line input: NFC, line endings made `\n`, other control characters
/// removed, trailing spaces of lines and surrounding blank lines trimmed.
pub fn clean_multiline(input: &str) -> String {
    let nfc: String = input
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .nfc()
        .collect();
    let lines: Vec<String> = nfc
        .split('\n')
        .map(|line| {
            line.chars()
                .map(|c| if c == '\t' { ' ' } else { c })
                .filter(|c| !c.is_control() && !is_invisible_format(*c))
                .collect::<String>()
                .trim_end()
                .to_owned()
        })
        .collect();
    lines.join("\n").trim().to_owned()
}

/// Invisible characters that only steer rendering (zero-width spaces, direction
/// overrides, byte-order marks, soft hyphens). They can hide or reorder what a text says,
/// so they are dropped; the joiners that some scripts need are kept.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}' | '\u{200E}' | '\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

/// Why a text field was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    Missing,
    TooLong {
        max: usize,
    },
    /// Bytes that were not valid text (they arrive as U+FFFD).
    Garbled,
}

/// Checks a cleaned text against "required" and a maximum length in characters. A text
/// with no letter or digit at all (only marks or punctuation) counts as missing.
pub fn check_length(text: &str, required: bool, max: usize) -> Result<(), TextError> {
    if text.contains('\u{FFFD}') {
        return Err(TextError::Garbled);
    }
    if required && !text.chars().any(char::is_alphanumeric) {
        return Err(TextError::Missing);
    }
    if text.chars().count() > max {
        return Err(TextError::TooLong { max });
    }
    Ok(())
}

/// The key Vietnamese official lists sort by: the given name (last word) first.
pub fn given_name(full_name: &str) -> &str {
    full_name.rsplit(' ').next().unwrap_or(full_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_input_is_stored_composed() {
        let decomposed = "Nguye\u{0302}\u{0303}n Thi\u{0323} Hoa";
        let cleaned = clean_line(decomposed);
        assert_eq!(cleaned, "Nguyễn Thị Hoa");
        assert_eq!(cleaned.chars().count(), 14);
    }

    #[test]
    fn control_characters_and_extra_spaces_are_removed_from_a_line() {
        assert_eq!(clean_line("  Lê\u{0}  Văn\t\nAn \u{7} "), "Lê Văn An");
        assert_eq!(clean_line(" \n\t "), "");
    }

    #[test]
    fn multiline_text_keeps_its_lines_but_not_control_characters() {
        assert_eq!(
            clean_multiline("\r\n Dòng một\u{1b}  \r\nDòng\thai\n\n"),
            "Dòng một\nDòng hai"
        );
    }

    #[test]
    fn invisible_formatting_is_dropped_and_text_without_letters_is_missing() {
        assert_eq!(clean_line("Hồ\u{200B} sơ\u{202E}"), "Hồ sơ");
        assert_eq!(clean_multiline("\u{FEFF}Dòng\u{2066} một"), "Dòng một");
        assert_eq!(
            check_length(&clean_line("\u{200B}\u{200B}"), true, 10),
            Err(TextError::Missing)
        );
        assert_eq!(check_length("\u{0301}", true, 10), Err(TextError::Missing));
        assert_eq!(check_length("...", true, 10), Err(TextError::Missing));
        assert_eq!(check_length("5", true, 10), Ok(()));
        assert_eq!(
            check_length("sai \u{FFFD}", false, 10),
            Err(TextError::Garbled)
        );
    }

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        let text = "ễ".repeat(10);
        assert_eq!(check_length(&text, true, 10), Ok(()));
        assert_eq!(
            check_length(&text, true, 9),
            Err(TextError::TooLong { max: 9 })
        );
        assert_eq!(check_length("", true, 9), Err(TextError::Missing));
        assert_eq!(check_length("", false, 9), Ok(()));
    }

    #[test]
    fn the_given_name_is_the_last_word() {
        assert_eq!(given_name("Nguyễn Văn Đức"), "Đức");
        assert_eq!(given_name("Hoa"), "Hoa");
    }
}
