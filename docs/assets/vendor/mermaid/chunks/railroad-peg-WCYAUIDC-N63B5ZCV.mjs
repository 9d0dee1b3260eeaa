import{a as e,b as r}from"./chunk-OUDYWHBU.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{e as RailroadPegModule,r as createRailroadPegServices};
