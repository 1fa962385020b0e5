package io.holcstore.it.sync;

import io.holcstore.ejb.RequiresNewTransactions;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

/** The pulls' transactions, as an application declares them: one container transaction per pack. */
@Stateless
@LocalBean
public class PullTransactions extends RequiresNewTransactions {
}
