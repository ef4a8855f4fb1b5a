; A274337: Numbers n such that 2^n is not the sum of 5 positive cubes.
; Formula: a(n) = n-1+sum(k=0,max(truncate(truncate((n-1)/2)/2),0)-1,truncate((n-1)/2)-2*k-2)
; 0,1,2,3,4,5,7,8,10,11,14

#offset 1

sub $0,1
mov $1,$0
div $1,2
lpb $1
  sub $1,2
  add $0,$1
lpe
