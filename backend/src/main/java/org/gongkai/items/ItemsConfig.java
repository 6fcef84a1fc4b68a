package org.gongkai.items;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the disclosure catalogue (prefix {@code gongkai.items}); defaults in application.properties. */
@ConfigMapping(prefix = "gongkai.items")
public interface ItemsConfig {

    /** Largest attachment accepted; larger uploads are answered 413. */
    @WithDefault("20M")
    MemorySize maxAttachmentSize();

    /** Where attachment bytes are kept, content-addressed by SHA-256. */
    String filesDir();

    /** Lucene index directory of the public search. */
    String searchDir();

    /** Most rows one import request may carry (413 beyond). */
    @WithDefault("200000")
    int maxImportRows();
}
