; A037586: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 3,1.
; 3,22,157,1100,7703,53922,377457,2642200,18495403,129467822,906274757,6343923300,44407463103,310852241722,2175965692057,15231759844400,106622318910803,746356232375622,5224493626629357

#offset 1

sub $0,1
add $0,1
mov $2,3
add $0,1
lpb $0
  add $2,$3
  add $2,$3
  sub $0,1
  add $2,$3
  add $2,$3
  mov $3,$2
  add $2,$1
  add $1,$2
  sub $2,$1
  sub $3,$2
  add $2,$3
  add $2,$3
lpe
mov $0,$2
div $0,12
