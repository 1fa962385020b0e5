package io.holcstore.bench.server;

import io.holcstore.ejb.RequiresNewTransactions;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

/** The container pull's transactions: one container transaction per pack. */
@Stateless
@LocalBean
public class ContainerPullTransactions extends RequiresNewTransactions {
}
