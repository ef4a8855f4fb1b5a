; A189320: Number of nondecreasing arrangements of n+2 numbers in 0..3 with the last equal to 3 and each after the second equal to the sum of one or two of the preceding four
; Formula: a(n) = c(max(n-1,0))+4, b(n) = b(n-1)-3, c(n) = truncate(c(n-1)/2)-(b(n-1)-3), b(0) = 0, c(0) = 1
; 5,7,11,16,22,28,34,40,46,52,58,64,70,76,82,88,94,100,106,112,118,124,130,136,142,148,154,160,166,172,178,184,190,196,202,208,214,220,226,232,238,244,250,256,262,268,274,280,286,292,298,304,310,316,322,328,334,340,346,352,358,364,370,376,382,388,394,400,406,412,418,424,430,436,442,448,454,460,466,472

#offset 1

sub $0,1
mov $1,$0
mov $0,1
lpb $1
  sub $2,3
  div $0,2
  sub $0,$2
  sub $1,1
lpe
add $0,4
