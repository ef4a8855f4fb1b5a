; A297970: Numbers that are not the sum of 3 squares and a nonnegative 7th power.
; Formula: a(n) = max(128*n-16,0)
; 112,240,368,496,624,752,880,1008,1136,1264,1392,1520,1648,1776,1904,2032,2160

#offset 1

mul $0,128
trn $0,16
