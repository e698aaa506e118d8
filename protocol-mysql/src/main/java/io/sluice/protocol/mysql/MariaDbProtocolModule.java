package io.sluice.protocol.mysql;

import io.sluice.core.module.ApiVersion;
import io.sluice.core.config.SectionSpec;
import io.sluice.core.module.Lifecycle;
import io.sluice.core.module.ModuleInfo;
import io.sluice.core.module.ModuleProvider;
import io.sluice.core.module.ModuleVersions;
import io.sluice.core.module.ModuleType;
import io.sluice.core.module.ProtocolApi;
import io.sluice.protocol.mysql.session.MariaDbProtocols;

import java.util.Set;

/**
 * The module object of {@code protocol=MariaDBProtocol} (matched case-insensitively): MariaDB and
 * MySQL clients in front, MariaDB servers behind.
 */
public final class MariaDbProtocolModule implements ModuleProvider
{
    public static final String NAME = "mariadbprotocol";

    @Override
    public ModuleInfo module()
    {
        return new ModuleInfo(NAME, ModuleType.PROTOCOL, ApiVersion.CURRENT, ModuleVersions.of(MariaDbProtocolModule.class),
            "MariaDB/MySQL client-server protocol: handshake, native password, user accounts, reply tracking",
            Set.of(), SectionSpec.EMPTY, Lifecycle.NONE, new ProtocolApi(MariaDbProtocols::create));
    }
}
