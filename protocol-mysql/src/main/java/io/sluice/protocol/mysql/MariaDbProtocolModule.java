package io.sluice.protocol.mysql;

import io.sluice.api.ApiVersion;
import io.sluice.api.config.SectionSpec;
import io.sluice.api.Lifecycle;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleProvider;
import io.sluice.api.ModuleVersions;
import io.sluice.api.ModuleType;
import io.sluice.api.ProtocolApi;
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
        return new ModuleInfo(NAME, ModuleType.PROTOCOL, ApiVersion.CURRENT,
                ModuleVersions.of(MariaDbProtocolModule.class),
            "MariaDB/MySQL client-server protocol: handshake, native password, user accounts, reply tracking",
            Set.of(), SectionSpec.EMPTY, Lifecycle.NONE, new ProtocolApi(MariaDbProtocols::create));
    }
}
