; A134341: Numbers whose fifth powers have a partition as a sum of fifth powers of four positive integers.
; 144,288,432,576,720,864,1008,1152,1296,1440,1584,1728,1872,2016,2160,2304,2448,2592,2736,2880,3024,3168,3312,3456,3600,3744,3888,4032,4176,4320,4464,4608,4752,4896,5040,5184,5328,5472,5616,5760,5904,6048,6192

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
mul $0,6
sub $0,1
gcd $2,$0
mul $0,3
add $2,2
add $3,2
add $3,$0
add $3,$2
mov $0,$3
mul $0,6
