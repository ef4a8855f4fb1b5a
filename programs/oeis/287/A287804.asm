; A287804: Number of quinary sequences of length n such that no two consecutive terms have distance 1.
; 1,5,17,59,205,713,2481,8635,30057,104629,364225,1267923,4413861,15365465,53490097,186209299,648230545,2256616133,7855718641,27347281995,95201200637,331413874569,1153716087665,4016309864843,13981555011321,48672509644725

sub $0,1
sub $0,1
add $4,1
sub $0,1
add $0,1
sub $2,1
add $0,1
sub $4,1
add $0,1
add $0,$0
add $0,$0
lpb $0
  mov $3,$1
  add $4,1
  add $1,1
  add $1,$3
  sub $0,1
  sub $0,1
  sub $2,$1
  sub $1,1
  sub $3,$2
  sub $3,$1
  add $2,$4
  trn $0,2
  add $4,$1
  add $1,$3
lpe
mov $0,$1
mul $0,2
add $0,1
