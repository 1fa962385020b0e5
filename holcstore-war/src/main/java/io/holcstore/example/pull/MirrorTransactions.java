package io.holcstore.example.pull;

import io.holcstore.ejb.RequiresNewTransactions;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

/** The mirror pull's transactions: one container transaction per pack ({@link RequiresNewTransactions}). */
@Stateless
@LocalBean
public class MirrorTransactions extends RequiresNewTransactions {
}
