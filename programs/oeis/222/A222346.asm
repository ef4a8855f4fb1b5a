; A222346: Number of (n+2) X 1 arrays of occupancy after each element moves up to +-n places including 0.
; Formula: a(n) = A001700(n+1)-2
; 8,33,124,460,1714,6433,24308,92376,352714,1352076

#offset 1

add $0,1
seq $0,1700
sub $0,2
