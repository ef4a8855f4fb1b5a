; A173576: 6-Factorions: equal to the sum of the 6-ple factorials of their digits in base 10.
; 1,2,3,4,5,6,7,29

#offset 1

sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  sub $3,6
  mov $2,4
  mul $0,$2
lpe
add $0,1
