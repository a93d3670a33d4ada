package dev.svod.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * Settings of a custom {@code ru_family} filter, e.g.
 * {@code "filter": {"family5": {"type": "ru_family", "min_stem_length": 5}}}.
 */
@AnalysisSettings
public interface RuFamilySettings {

    /** No suffix is stripped if fewer letters than this would remain. */
    @IntSetting(path = "min_stem_length", defaultValue = RussianFamilyStemmer.DEFAULT_MIN_STEM_LENGTH)
    int minStemLength();
}
