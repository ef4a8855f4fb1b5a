; A338824: Lexicographically earliest sequence of nonnegative integers such that for any distinct m and n, a(m) OR a(m+1) <> a(n) OR a(n+1) (where OR denotes the bitwise OR operator).
; 0,0,1,2,0,4,1,6,0,8,1,10,0,12,1,14,0,16,1,18,0,20,1,22,0,24,1,26,0,28,1,30,0,32,1,34,0,36,1,38,0,40,1,42,0,44,1,46,0,48,1,50,0,52,1,54,0,56,1,58,0,60,1,62,0,64,1,66,0,68,1,70,0,72,1,74

#offset 1

sub $0,2
max $1,$0
mov $2,-1
pow $2,$0
lpb $0
  sub $0,1
  add $0,$2
  equ $1,0
lpe
mov $0,$1
