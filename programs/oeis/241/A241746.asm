; A241746: Smallest number greater than n that CANNOT be scored using n darts on a standard dartboard.
; 23,103,163,223,283,343,403,463,523,583,643,703,763,823,883,943,1003,1063,1123,1183,1243,1303,1363,1423,1483,1543,1603,1663,1723,1783,1843,1903,1963,2023,2083,2143,2203,2263,2323,2383,2443,2503,2563,2623,2683,2743

#offset 1

sub $0,1
mov $4,$0
mov $2,4
mul $0,3
sub $2,3
add $3,5
add $3,$0
add $3,$2
mov $0,$3
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
sub $0,-1
mul $0,2
add $0,1
sub $0,13
mul $0,10
add $0,23
