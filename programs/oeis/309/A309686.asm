; A309686: Sum of the even parts appearing among the smallest parts of the partitions of n into 3 parts.
; Formula: a(n) = -sum(k=0,floor(n/2)-1,0-truncate((n-2*k)/6)-truncate((n-2*k)/6)^2)
; 0,0,0,0,0,0,2,2,4,4,6,6,12,12,18,18,24,24,36,36,48,48,60,60,80,80,100,100,120,120,150,150,180,180,210,210,252,252,294,294,336,336,392,392,448,448,504,504,576,576,648,648,720,720,810,810,900,900,990

lpb $0
  mov $1,$0
  div $1,6
  sub $0,2
  sub $2,$1
  pow $1,2
  sub $2,$1
lpe
mov $0,$2
mul $0,-1
