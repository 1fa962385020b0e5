package io.holcstore.mapping;


/**
 * Carries an {@link InvalidStoreDefinitionException} out of a descriptor customizer. EclipseLink runs
 * {@code @Customizer} classes inside {@code catch (Exception)} and only logs what they throw (at FINER),
 * so an exception there would let an invalid store deploy silently; an {@link Error} is not caught and
 * fails the deployment, with the exception naming the entity and setting as its cause.
 */
public class StoreDeclarationError extends Error {
    private static final long serialVersionUID = 1L;

    public StoreDeclarationError(InvalidStoreDefinitionException cause) {
        super(cause.getMessage(), cause);
    }
}
