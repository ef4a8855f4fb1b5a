; A236210: Pairs of "harmonic numbers" 2^m * 3^n that differ by 1.
; 1,2,2,3,3,4,8,9

#offset 1

sub $0,1
mov $3,$0
div $3,3
add $0,1
lpb $3
  sub $3,2
  add $0,$0
lpe
div $0,2
add $0,1
