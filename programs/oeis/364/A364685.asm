; A364685: The number of binary sequences of length n for which all patterns {0,1},{0,0},{1,0},{1,1} appear for the first time. In particular, three of the patterns will have appeared at least once before the (n-1)st digit in the sequence and the remaining pattern appears for the first and only time at positions {n-1,n} in the sequence.
; 4,10,18,30,48,76,120,190,302,482,772,1240,1996,3218,5194,8390,13560,21924,35456,57350,92774,150090,242828,392880,635668,1028506,1664130,2692590,4356672,7049212,11405832,18454990,29860766,48315698,78176404,126492040,204668380

#offset 5

sub $0,5
add $0,2
sub $0,1
sub $0,1
sub $0,-1
add $0,3
mov $1,$0
sub $2,2
lpb $1
  sub $1,1
  add $3,$2
  sub $4,$3
  sub $2,$3
  dif $2,-1
  sub $2,-1
lpe
mov $0,$4
sub $0,3
add $0,1
add $0,1
sub $0,4
mul $0,2
add $0,7
sub $0,11
add $0,4
