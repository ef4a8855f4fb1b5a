; A249947: Number of available orbitals at increasing subshells in multi-electron atoms.
; 1,1,3,1,3,1,5,3,1,5,3,1,7,5,3,1,7,5,3

#offset 1

sub $0,1
mov $1,$0
mov $0,1
lpb $1
  sub $1,$0
  add $0,$2
  mul $2,-1
  add $2,1
lpe
sub $0,$1
mul $0,2
sub $0,1
