package dev.svod.bench;

import dev.svod.parsing.Region;
import dev.svod.parsing.RegionDirectory;

import java.util.List;
import java.util.Random;

/** Small protocols for the load test: a region's ministry, a few decisions with deadlines, a unique marker. */
final class LoadProtocols {

    private static final List<String> DECISIONS = List.of(
            "Обеспечить развитие наставничества в образовательных организациях",
            "Провести мониторинг качества образования в общеобразовательных организациях",
            "Организовать методическую работу с молодыми педагогами",
            "Утвердить дорожную карту по реализации программы развития",
            "Обеспечить участие обучающихся в региональном этапе олимпиады",
            "Провести конкурс профессионального мастерства педагогов");
    private static final List<String> DEADLINES = List.of(
            "Срок: до 01.12.2025 г.", "Срок – постоянно", "Срок: март-июнь 2025 года",
            "Срок: ежеквартально, до 5 числа месяца, следующего за отчётным");

    private LoadProtocols() {
    }

    static String text(Random random, String marker) {
        List<Region> regions = RegionDirectory.standard().regions();
        Region region = regions.get(random.nextInt(regions.size()));
        StringBuilder text = new StringBuilder("Министерство образования ").append(region.genitive()).append('\n')
                .append("ПРОТОКОЛ\nзаседания коллегии\n").append(String.format("%02d.%02d.2025", 1 + random.nextInt(28), 1 + random.nextInt(12)))
                .append(" № ").append(marker).append("\n\nРЕШИЛИ:\n");
        int decisions = 2 + random.nextInt(4);
        for (int i = 1; i <= decisions; i++) {
            text.append(i).append(". Руководителям органов местного самоуправления, осуществляющих управление в сфере образования: ")
                    .append(DECISIONS.get(random.nextInt(DECISIONS.size()))).append(" (нагрузочный тест ").append(marker).append(").\n")
                    .append(DEADLINES.get(random.nextInt(DEADLINES.size()))).append('\n');
        }
        return text.toString();
    }
}
