; A368684: Number of partitions of n into 2 parts such that the smaller part divides both n and floor(n/2).
; 0,1,1,2,1,2,1,3,1,2,1,4,1,2,1,4,1,3,1,4,1,2,1,6,1,2,1,4,1,4,1,5,1,2,1,6,1,2,1,6,1,4,1,4,1,2,1,8,1,3,1,4,1,4,1,6,1,2,1,8,1,2,1,6,1,4,1,4,1,4,1,9,1,2,1,4,1,4,1,8

#offset 1

mov $1,1
lpb $0
  sub $0,2
  sub $2,$1
  add $3,2
  mov $1,$3
  gcd $1,$0
  div $1,$3
lpe
mov $0,$2
div $0,-1
