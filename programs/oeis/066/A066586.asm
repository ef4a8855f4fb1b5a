; A066586: Number of normal subgroups of the group of n X n signed permutations matrices (described in sequence A066051).
; 2,6,9,11,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9

#offset 1

sub $0,2
mov $1,3
sub $1,$0
lpb $1
  sub $1,1
  sub $0,$1
  mov $2,$0
lpe
mov $0,$2
add $0,9
