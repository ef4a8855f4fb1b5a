; case: prg call
; from: written here
; terms: 3
; expect: 5,6,7
mov $1,5
prg $0,4222124650659841
