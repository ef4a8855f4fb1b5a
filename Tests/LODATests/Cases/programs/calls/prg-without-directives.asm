; case: prg without directives
; from: written here
; expect:
; error: Error opening file: {programs}/prg/000/P000002.asm
prg $0,4222124650659842
