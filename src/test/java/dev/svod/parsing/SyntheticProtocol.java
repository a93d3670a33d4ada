package dev.svod.parsing;

/** A long protocol built from the forms the seeds use, for size and speed checks. */
final class SyntheticProtocol {

    private static final String[] DEADLINES = {"до 01.12. 2020 г.", "постоянно", "февраль 2022 года", "март-июнь 2022 года",
            "в течение 2022 года", "ежеквартально, в срок до 5 числа месяца, следующего за отчетным", "до 15 июня 2021 г. г."};

    private SyntheticProtocol() {
    }

    /** About {@code n} decisions under numbered addressee headings, with "Срок" lines, bullets and inline terms. */
    static String withDecisions(int n) {
        StringBuilder text = new StringBuilder("Министерство образования и науки Хабаровского края\n\nПРОТОКОЛ\n"
                + "заседания совета от 23 октября 2020 года\n\nРешение:\n\n");
        int heading = 0;
        int written = 0;
        while (written < n) {
            heading++;
            text.append(heading).append(". Руководителям органов местного самоуправления, осуществляющих управление в сфере "
                    + "образования (Иванов И.И.):\n\n");
            written++;
            for (int i = 1; i <= 9 && written < n; i++, written++) {
                text.append(heading).append('.').append(i).append(". Обеспечить проведение мониторинга механизмов "
                        + "управления качеством образования в муниципальном образовании, предусмотрев:\n");
                text.append("- подготовку перечня нормативных актов;\n- разработку методики (проект «500+»);\n");
                if (i % 3 == 0) {
                    text.append("Разместить материалы на сайте (до 01.03.2022).\n\n");
                } else {
                    text.append("\nСрок: ").append(DEADLINES[(heading + i) % DEADLINES.length]).append("\n\n");
                }
            }
        }
        return text.append("Председатель совета\n\nЮ.В. Зотова\n").toString();
    }
}
