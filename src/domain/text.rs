//! Text as users type it: normalised to NFC, stripped of control characters, trimmed,
//! and checked against a length limit counted in characters.

use unicode_normalization::UnicodeNormalization;

/// Normalises one line of input: NFC, control characters (newlines too) removed, inner
/// runs of whitespace collapsed, trimmed.
pub fn clean_line(input: &str) -> String {
    let nfc: String = input.nfc().collect();
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
                .filter(|c| !c.is_control())
                .collect::<String>()
                .trim_end()
                .to_owned()
        })
        .collect();
    lines.join("\n").trim().to_owned()
}

/// Why a text field was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    Missing,
    TooLong { max: usize },
}

/// Checks a cleaned text against "required" and a maximum length in characters.
pub fn check_length(text: &str, required: bool, max: usize) -> Result<(), TextError> {
    if required && text.is_empty() {
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
