; A146975: First quintisection of A061043: A061043(5n).
; Formula: a(n) = lodadif(A005563(n),5)
; 0,3,8,3,24,7,48,63,16,99

seq $0,5563
dif $0,5
