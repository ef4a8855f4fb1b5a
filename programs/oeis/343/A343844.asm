; A343844: Optimal lower bounds for the permanent of 312-pattern avoiding 0-1 matrices.
; 1,2,4,8,16,32,64,120

#offset 1

sub $0,1
mov $1,2
pow $1,$0
mov $0,$1
lpb $0
  mov $0,120
lpe
