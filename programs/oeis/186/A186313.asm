; A186313: Baron Munchhausen's Omni-Sequence.
; 0,1,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3

#offset 1

sub $0,1
mov $3,$0
pow $0,0
lpb $3
  add $0,1
  div $3,$0
lpe
sub $0,1
