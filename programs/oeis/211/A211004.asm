; A211004: Number of distinct regions in the set of partitions of n.
; 1,2,3,5,7,9,12,15,18,22,26,30,35,40,45,51

#offset 1

sub $0,1
add $0,1
mov $3,$0
lpb $3
  sub $3,3
  add $0,$3
lpe
mul $0,98
div $0,98
