package dev.svod.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineJoinerTest {

    @Test
    void join_wrappedSentence_joinsLowercaseContinuation() {
        assertThat(LineJoiner.join("1. Утвердить региональные цели, перечни показателей, описание \n\nметодов сбора и обработки информации."))
                .containsExactly("1. Утвердить региональные цели, перечни показателей, описание методов сбора и обработки информации.");
    }

    @Test
    void join_nextLineStartsNumberedItem_keepsLinesApart() {
        assertThat(LineJoiner.join("1. Министерству образования края\n1.1. Разработать план\n1.2 Внести изменения"))
                .containsExactly("1. Министерству образования края", "1.1. Разработать план", "1.2 Внести изменения");
    }

    @Test
    void join_dashBulletsAndStructureWords_startNewLines() {
        assertThat(LineJoiner.join("предусмотрев\n- подготовку перечня\nСрок: до 01.12.2020\nСЛУШАЛИ:\nИванова И.И."))
                .containsExactly("предусмотрев", "- подготовку перечня", "Срок: до 01.12.2020", "СЛУШАЛИ:", "Иванова И.И.");
    }

    @Test
    void join_responsibleLineAfterUnpunctuatedItem_startsLineOfItsOwn() {
        assertThat(LineJoiner.join("1. Провести совещание руководителей\nОтветственный: отдел образования\nИсполнители: школы"))
                .containsExactly("1. Провести совещание руководителей", "Ответственный: отдел образования", "Исполнители: школы");
    }

    @Test
    void join_unclosedParenthesisOrQuote_joinsEvenBeforeUppercase() {
        assertThat(LineJoiner.join("работников (проект \"Педкластер27\" и\nКомпетенции будущего\")"))
                .containsExactly("работников (проект \"Педкластер27\" и Компетенции будущего\")");
        assertThat(LineJoiner.join("в субъектах РФ (г.\nМосква, Московская область)"))
                .containsExactly("в субъектах РФ (г. Москва, Московская область)");
    }

    @Test
    void join_lineEndingWithCommaOrPreposition_joins() {
        assertThat(LineJoiner.join("Секретарь совета, заместитель начальника,\nНачальник отдела")).hasSize(1);
        assertThat(LineJoiner.join("в соответствии с\nФедеральным законом")).containsExactly("в соответствии с Федеральным законом");
    }

    @Test
    void join_hyphenatedWordBreak_restoresWord() {
        assertThat(LineJoiner.join("Обеспечить управле-\nние качеством")).containsExactly("Обеспечить управление качеством");
        assertThat(LineJoiner.join("уровень (школьный-\nмуниципальный)")).containsExactly("уровень (школьный-муниципальный)");
    }

    @Test
    void join_numberAloneOnItsLine_joinsWithItsText() {
        assertThat(LineJoiner.join("1.2.\nОрганизовать обучение экспертов.")).containsExactly("1.2. Организовать обучение экспертов.");
    }

    @Test
    void join_headerLines_stayApart() {
        assertThat(LineJoiner.join("Министерство образования и науки Хабаровского края\n\nПРОТОКОЛ\n\nзаседания совета\nг. Хабаровск\n30.03.2021"))
                .containsExactly("Министерство образования и науки Хабаровского края", "ПРОТОКОЛ заседания совета",
                        "г. Хабаровск", "30.03.2021");
    }

    @Test
    void join_pageNumbersAndControlCharacters_areDropped() {
        assertThat(LineJoiner.join("Первая строка.\r\n- 2 -\r\n\u00A0Вторая\u00ADстрока.\f3\n"))
                .containsExactly("Первая строка.", "Вторая" + "строка.");
    }

    @Test
    void join_emphasisMarks_areStripped() {
        assertThat(LineJoiner.join("*г. Смоленск, переулок Киевский*")).containsExactly("г. Смоленск, переулок Киевский");
    }

    @Test
    void join_pdfWrappedParagraph_joinsUppercaseContinuationAtWrapWidth() {
        String text = String.join("\n",
                "1. Обеспечить проведение оценки механизмов управления качеством образования",
                "Хабаровского края на региональном и муниципальном уровнях в течение года.",
                "2. Организовать обучение экспертов для проведения оценки механизмов управления",
                "качеством образования на региональном и муниципальном уровнях до конца года.",
                "3. Разместить концептуальные и процессуальные документы по управлению качеством",
                "образования на официальном сайте органа местного самоуправления в сфере",
                "образования в течение двух недель после проведения заседания совета.",
                "4. Представить информацию о выполнении решений совета в министерство образования",
                "Российской Федерации до конца отчетного периода.");
        assertThat(LineJoiner.join(text)).hasSize(4).allSatisfy(l -> assertThat(l).matches("^\\d\\. .*\\.$"));
    }

    @Test
    void join_nullOrBlank_givesNoLines() {
        assertThat(LineJoiner.join(null)).isEmpty();
        assertThat(LineJoiner.join(" \n\t\n")).isEmpty();
    }
}
