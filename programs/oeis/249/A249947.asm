; A249947: Number of available orbitals at increasing subshells in multi-electron atoms.
; 1,1,3,1,3,1,5,3,1,5,3,1,7,5,3,1,7,5,3

#offset 1

sub $0,1
mul $0,8
lpb $0
  sub $0,2
  sub $2,4
  add $0,$2
lpe
add $0,$2
div $0,-4
add $0,1
